<?php
/**
 * From block attributes to the report JSON the elements read.
 *
 * The editor stores every string of a block's `data` attribute HTML-escaped (`&` as `&amp;`, `<` as `&lt;`,
 * `>` as `&gt;`). For users without `unfiltered_html`, WordPress runs kses over every string in block attributes
 * when a post is saved; on escaped text kses changes nothing, so what an Author and an Administrator store is the
 * same, and it is decoded exactly once, here.
 *
 * @package report-elements
 */

defined( 'ABSPATH' ) || exit;

/** Decodes the stored (HTML-escaped) strings of a value, recursively. */
function report_elements_decode( $value ) {
	if ( is_string( $value ) ) {
		return html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	if ( is_array( $value ) ) {
		$out = array();
		foreach ( $value as $key => $inner ) {
			$out[ $key ] = report_elements_decode( $inner );
		}
		return $out;
	}
	return $value;
}

/**
 * Drops empty optional values (`''`, `null`, `[]`) so that the element's checks see only what was filled in, and
 * trims fields (text fields keep what is typed, including a trailing newline while a paragraph is being started).
 */
function report_elements_prune( $value, $keep = array(), $key = null ) {
	if ( is_string( $value ) && ! in_array( $key, $keep, true ) && ! is_int( $key ) ) {
		return trim( $value );
	}
	if ( ! is_array( $value ) ) {
		return $value;
	}
	$list = array_keys( $value ) === range( 0, count( $value ) - 1 );
	$out  = array();
	foreach ( $value as $key => $inner ) {
		$inner = report_elements_prune( $inner, $keep, $key );
		if ( ! in_array( $key, $keep, true ) && ( null === $inner || '' === $inner || array() === $inner ) ) {
			continue;
		}
		$out[ $key ] = $inner;
	}
	return $list ? array_values( $out ) : $out;
}

/**
 * An image of the report shape. With an attachment `id`, `src`, size, `srcset` and `sizes` come from the Media
 * Library at render time (so a moved site or new image sizes need no edit); alt, title, caption and credit are what
 * the editor shows (taken from the attachment when chosen, editable).
 */
function report_elements_image( $image ) {
	if ( ! is_array( $image ) ) {
		return null;
	}
	$id = isset( $image['id'] ) ? (int) $image['id'] : 0;
	unset( $image['id'] );
	if ( $id && wp_attachment_is_image( $id ) ) {
		$size = 'large';
		$src  = wp_get_attachment_image_src( $id, $size );
		if ( $src ) {
			$image['src']    = $src[0];
			$image['width']  = (int) $src[1];
			$image['height'] = (int) $src[2];
		}
		$srcset = wp_get_attachment_image_srcset( $id, $size );
		$sizes  = wp_get_attachment_image_sizes( $id, $size );
		if ( $srcset ) {
			$image['srcset'] = $srcset;
		}
		if ( $srcset && $sizes ) {
			$image['sizes'] = $sizes;
		}
	}
	if ( empty( $image['src'] ) ) {
		return null;
	}
	$image['alt'] = isset( $image['alt'] ) ? (string) $image['alt'] : '';
	foreach ( array( 'width', 'height' ) as $dimension ) {
		if ( isset( $image[ $dimension ] ) ) {
			$image[ $dimension ] = (int) $image[ $dimension ];
			if ( $image[ $dimension ] <= 0 ) {
				unset( $image[ $dimension ] );
			}
		}
	}
	return report_elements_prune( $image, array( 'alt' ) );
}

/** Applies report_elements_image() to the images of one element's data. */
function report_elements_resolve_images( $kind, $data ) {
	if ( 'gallery' === $kind ) {
		$images         = isset( $data['images'] ) && is_array( $data['images'] ) ? $data['images'] : array();
		$data['images'] = array_values( array_filter( array_map( 'report_elements_image', $images ) ) );
	} elseif ( isset( $data['image'] ) ) {
		$data['image'] = report_elements_image( $data['image'] );
	}
	return $data;
}

/**
 * The data of a report block, decoded, with images resolved and empty values dropped. For the article, its
 * body comes from the inner blocks.
 *
 * @param string        $kind       article, teaser, quote, gallery or infobox.
 * @param array         $attributes The block's attributes.
 * @param WP_Block|null $block      The block (for the article's inner blocks).
 */
function report_elements_data( $kind, $attributes, $block = null ) {
	$data = isset( $attributes['data'] ) && is_array( $attributes['data'] ) ? $attributes['data'] : array();
	$data = report_elements_decode( $data );
	$data = report_elements_resolve_images( $kind, $data );
	if ( 'article' === $kind ) {
		$data['blocks'] = $block ? report_elements_article_blocks( $block->inner_blocks ) : array();
	}
	$data = report_elements_prune( $data, array( 'alt' ) );
	if ( 'article' === $kind && ! empty( $data ) && ! isset( $data['blocks'] ) ) {
		$data['blocks'] = array();
	}
	return $data;
}

/**
 * Whether the article block shows the report's own title. `showTitle` decides when set; by default the title
 * is left out where it is the post's title, which the theme already shows as the page's heading (the same
 * text twice, one heading after the other, helps no reader).
 *
 * @param array         $attributes The block's attributes.
 * @param array         $data       The report data (decoded).
 * @param WP_Block|null $block      The block (its context names the post).
 */
function report_elements_article_shows_title( $attributes, $data, $block = null ) {
	if ( isset( $attributes['showTitle'] ) && is_bool( $attributes['showTitle'] ) ) {
		return $attributes['showTitle'];
	}
	$post_id = $block && ! empty( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
	if ( ! $post_id || ! isset( $data['title'] ) || ! is_string( $data['title'] ) ) {
		return true;
	}
	// The post title is HTML (kses stores "&" as "&amp;" for Authors); the report's title is text.
	$post_title = report_elements_plain_text( get_post_field( 'post_title', $post_id, 'raw' ) );
	return trim( preg_replace( '/\s+/u', ' ', $data['title'] ) ) !== $post_title;
}

/** The report blocks (heading, paragraph, image, quote, gallery, infobox) of the article's inner blocks. */
function report_elements_article_blocks( $inner_blocks ) {
	$blocks = array();
	foreach ( $inner_blocks as $inner ) {
		$name = $inner->name;
		$html = isset( $inner->inner_html ) ? $inner->inner_html : '';
		if ( 'core/heading' === $name ) {
			$text = report_elements_plain_text( $html );
			if ( '' !== $text ) {
				$blocks[] = array( 'type' => 'heading', 'text' => $text );
			}
		} elseif ( 'core/paragraph' === $name ) {
			$text = report_elements_runs( $html );
			if ( '' !== $text && array() !== $text ) {
				$blocks[] = array( 'type' => 'paragraph', 'text' => $text );
			}
		} elseif ( 'core/image' === $name ) {
			$image = report_elements_core_image( $inner->attributes, $html );
			if ( $image ) {
				$blocks[] = array_merge( array( 'type' => 'image' ), $image );
			}
		} elseif ( preg_match( '#^report-elements/(quote|gallery|infobox)$#', $name, $m ) ) {
			$data = report_elements_data( $m[1], $inner->attributes );
			if ( $data ) {
				$blocks[] = array_merge( array( 'type' => $m[1] ), $data );
			}
		}
	}
	return $blocks;
}

/** Parses an HTML fragment (UTF-8) into a DOM element that wraps it. */
function report_elements_fragment( $html ) {
	if ( ! class_exists( 'DOMDocument' ) ) {
		return null;
	}
	$doc      = new DOMDocument();
	$previous = libxml_use_internal_errors( true );
	$doc->loadHTML( '<?xml encoding="UTF-8"?><html><body><div id="report-elements-root">' . $html . '</div></body></html>', LIBXML_NONET );
	libxml_clear_errors();
	libxml_use_internal_errors( $previous );
	return $doc->getElementById( 'report-elements-root' );
}

/** The text of an HTML fragment, whitespace collapsed. */
function report_elements_plain_text( $html ) {
	$root = report_elements_fragment( $html );
	$text = $root ? $root->textContent : html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	return trim( preg_replace( '/\s+/u', ' ', $text ) );
}

/**
 * A paragraph of the report shape from a core/paragraph's HTML: a string, or runs where the paragraph has links
 * (`<a href>`) or text in another language (`lang`). Other formatting is reduced to its text.
 */
function report_elements_runs( $html ) {
	$root = report_elements_fragment( $html );
	if ( ! $root ) {
		return report_elements_plain_text( $html );
	}
	$runs = array();
	$walk = function ( $node ) use ( &$walk, &$runs ) {
		foreach ( $node->childNodes as $child ) {
			if ( XML_TEXT_NODE === $child->nodeType ) {
				$runs[] = $child->nodeValue;
			} elseif ( XML_ELEMENT_NODE === $child->nodeType ) {
				$tag  = strtolower( $child->nodeName );
				$href = 'a' === $tag ? $child->getAttribute( 'href' ) : '';
				$lang = $child->getAttribute( 'lang' );
				if ( 'br' === $tag ) {
					$runs[] = ' ';
				} elseif ( '' !== $href || '' !== $lang ) {
					$run = array( 'text' => preg_replace( '/\s+/u', ' ', $child->textContent ) );
					if ( '' !== $href ) {
						$run['href'] = $href;
					}
					if ( '' !== $lang ) {
						$run['lang'] = $lang;
					}
					$runs[] = $run;
				} else {
					$walk( $child );
				}
			}
		}
	};
	$walk( $root );
	// Adjacent strings become one; whitespace collapses; the paragraph is trimmed.
	$out = array();
	foreach ( $runs as $run ) {
		if ( is_string( $run ) ) {
			$run = preg_replace( '/\s+/u', ' ', $run );
			if ( $out && is_string( end( $out ) ) ) {
				$out[ count( $out ) - 1 ] .= $run;
				continue;
			}
		}
		$out[] = $run;
	}
	if ( $out && is_string( $out[0] ) ) {
		$out[0] = ltrim( $out[0] );
	}
	if ( $out && is_string( end( $out ) ) ) {
		$out[ count( $out ) - 1 ] = rtrim( end( $out ) );
	}
	$out = array_values( array_filter( $out, function ( $run ) {
		return ! is_string( $run ) || '' !== $run;
	} ) );
	if ( ! $out ) {
		return '';
	}
	return 1 === count( $out ) && is_string( $out[0] ) ? $out[0] : $out;
}

/** An image of the report shape from a core/image block (attachment id, `<img>` and `<figcaption>`). */
function report_elements_core_image( $attributes, $html ) {
	$root  = report_elements_fragment( $html );
	$image = array();
	if ( $root ) {
		$img = $root->getElementsByTagName( 'img' )->item( 0 );
		if ( $img ) {
			$image['src'] = $img->getAttribute( 'src' );
			$image['alt'] = $img->getAttribute( 'alt' );
		}
		$caption = $root->getElementsByTagName( 'figcaption' )->item( 0 );
		if ( $caption ) {
			$image['caption'] = trim( preg_replace( '/\s+/u', ' ', $caption->textContent ) );
		}
	}
	if ( ! empty( $attributes['id'] ) ) {
		$image['id'] = (int) $attributes['id'];
		$meta        = wp_get_attachment_metadata( $image['id'] );
		if ( ! empty( $meta['image_meta']['credit'] ) ) {
			$image['credit'] = $meta['image_meta']['credit'];
		}
	}
	return report_elements_image( $image );
}
