<?php
/**
 * Server render: `<report-x data-report="…">` with the semantic fallback markup inside, so readers without
 * JavaScript and search engines get the content (the element replaces it with its own rendering).
 *
 * Text is escaped with htmlspecialchars() rather than esc_html()/esc_attr(): those leave existing entities
 * alone (`double_encode` off), which would turn a literal "&amp;" in a report into "&".
 *
 * @package report-elements
 */

defined( 'ABSPATH' ) || exit;

/** Escapes text for HTML content and attribute values, exactly once. */
function report_elements_h( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' );
}

/**
 * An allowlisted URL, escaped for an attribute; '' otherwise. Links: http, https, mailto, tel or relative;
 * images also `data:image/…`. (esc_url() would turn a relative `a.jpg` into `http://a.jpg`.)
 */
function report_elements_url( $url, $image = false ) {
	// Normalised as the browser's URL parser reads it, before the scheme is looked at: it drops tabs and
	// newlines anywhere and C0 controls and spaces at either end, so "java\tscript:" means "javascript:".
	$url = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$/', '', preg_replace( '/[\t\n\r]/', '', (string) $url ) );
	if ( preg_match( '/^([a-z][a-z0-9+.-]*):/i', $url, $m ) ) {
		$scheme = strtolower( $m[1] );
		$ok     = in_array( $scheme, array( 'http', 'https', 'mailto', 'tel' ), true ) || ( $image && preg_match( '#^data:image/#i', $url ) );
		if ( ! $ok ) {
			return '';
		}
	}
	return report_elements_h( $url );
}

/** A paragraph (string or runs) as inline HTML. */
function report_elements_inline( $paragraph ) {
	if ( is_string( $paragraph ) ) {
		return report_elements_h( $paragraph );
	}
	$html = '';
	foreach ( (array) $paragraph as $run ) {
		if ( is_string( $run ) ) {
			$html .= report_elements_h( $run );
			continue;
		}
		$text = report_elements_h( isset( $run['text'] ) ? $run['text'] : '' );
		$lang = isset( $run['lang'] ) ? ' lang="' . report_elements_h( $run['lang'] ) . '"' : '';
		$href = isset( $run['href'] ) ? report_elements_url( $run['href'] ) : '';
		$html .= $href ? '<a href="' . $href . '"' . $lang . '>' . $text . '</a>' : ( $lang ? '<span' . $lang . '>' . $text . '</span>' : $text );
	}
	return $html;
}

/** `<img>` for an image of the report shape. */
function report_elements_img( $image, $eager = false ) {
	$attrs = ' src="' . report_elements_url( $image['src'], true ) . '" alt="' . report_elements_h( isset( $image['alt'] ) ? $image['alt'] : '' ) . '"';
	foreach ( array( 'width', 'height' ) as $dimension ) {
		if ( ! empty( $image[ $dimension ] ) ) {
			$attrs .= ' ' . $dimension . '="' . (int) $image[ $dimension ] . '"';
		}
	}
	foreach ( array( 'srcset', 'sizes' ) as $name ) {
		if ( ! empty( $image[ $name ] ) ) {
			$attrs .= ' ' . $name . '="' . report_elements_h( $image[ $name ] ) . '"';
		}
	}
	return '<img' . $attrs . ( $eager ? '' : ' loading="lazy"' ) . ' decoding="async">';
}

/** `<figure>` with the image, its caption and credit. */
function report_elements_figure( $image, $eager = false ) {
	$caption = '';
	if ( ! empty( $image['title'] ) ) {
		$caption .= '<strong>' . report_elements_h( $image['title'] ) . '</strong> ';
	}
	if ( ! empty( $image['caption'] ) ) {
		$caption .= report_elements_h( $image['caption'] );
	}
	if ( ! empty( $image['credit'] ) ) {
		/* translators: photo credit */
		$caption .= ' <small>' . report_elements_h( sprintf( __( 'Credit: %s', 'report-elements' ), $image['credit'] ) ) . '</small>';
	}
	return '<figure>' . report_elements_img( $image, $eager ) . ( '' !== $caption ? '<figcaption>' . trim( $caption ) . '</figcaption>' : '' ) . '</figure>';
}

/** A date `YYYY-MM-DD` as `<time>` in the site's date format. */
function report_elements_time( $date ) {
	$timestamp = strtotime( $date . ' 00:00:00 UTC' );
	$label     = $timestamp ? date_i18n( get_option( 'date_format' ), $timestamp, true ) : $date;
	return '<time datetime="' . report_elements_h( $date ) . '">' . report_elements_h( $label ) . '</time>';
}

/** Heading tag name for a level, clamped to h1…h6. */
function report_elements_hn( $level ) {
	return 'h' . max( 1, min( 6, (int) $level ) );
}

/**
 * The fallback markup of one element's data. `$show_title` false (article only) leaves out the title and its
 * kicker; `$level` is then the level that title would have had.
 */
function report_elements_fallback( $kind, $d, $level, $show_title = true ) {
	$hn = report_elements_hn( $level );
	$h  = function ( $key ) use ( $d ) {
		return isset( $d[ $key ] ) && is_string( $d[ $key ] ) ? report_elements_h( $d[ $key ] ) : '';
	};
	switch ( $kind ) {
		case 'quote':
			$who  = implode( ', ', array_filter( array( $h( 'author' ), $h( 'role' ) ) ) );
			$cite = ! empty( $d['cite'] ) ? report_elements_url( $d['cite'] ) : '';
			return '<figure>' . ( ! empty( $d['image'] ) ? report_elements_img( $d['image'] ) : '' )
				. '<blockquote' . ( $cite ? ' cite="' . $cite . '"' : '' ) . '><p>' . report_elements_inline( isset( $d['text'] ) ? $d['text'] : '' ) . '</p></blockquote>'
				. ( $who ? '<figcaption>' . $who . '</figcaption>' : '' ) . '</figure>';
		case 'gallery':
			$items = '';
			foreach ( isset( $d['images'] ) ? (array) $d['images'] : array() as $image ) {
				$items .= '<li>' . report_elements_figure( $image ) . '</li>';
			}
			return ( $h( 'title' ) ? "<$hn>" . $h( 'title' ) . "</$hn>" : '' ) . '<ul>' . $items . '</ul>';
		case 'infobox':
			$body = '';
			foreach ( isset( $d['body'] ) ? (array) $d['body'] : array() as $paragraph ) {
				$body .= '<p>' . report_elements_inline( $paragraph ) . '</p>';
			}
			$links = '';
			foreach ( isset( $d['links'] ) ? (array) $d['links'] : array() as $link ) {
				$href   = ! empty( $link['href'] ) ? report_elements_url( $link['href'] ) : '';
				$text   = report_elements_h( isset( $link['text'] ) ? $link['text'] : '' );
				$links .= '<li>' . ( $href ? '<a href="' . $href . '">' . $text . '</a>' : $text ) . '</li>';
			}
			return '<aside>' . ( $h( 'label' ) ? '<p>' . $h( 'label' ) . '</p>' : '' ) . "<$hn>" . $h( 'title' ) . "</$hn>" . $body
				. ( $links ? '<ul>' . $links . '</ul>' : '' ) . '</aside>';
		case 'teaser':
			$href  = ! empty( $d['href'] ) ? report_elements_url( $d['href'] ) : '';
			$title = $href ? '<a href="' . $href . '">' . $h( 'title' ) . '</a>' : $h( 'title' );
			return '<article>' . ( $h( 'kicker' ) ? '<p>' . $h( 'kicker' ) . '</p>' : '' ) . "<$hn>$title</$hn>"
				. ( ! empty( $d['date'] ) ? '<p>' . report_elements_time( $d['date'] ) . '</p>' : '' )
				. ( $h( 'summary' ) ? '<p>' . $h( 'summary' ) . '</p>' : '' )
				. ( ! empty( $d['image'] ) ? report_elements_figure( array_diff_key( $d['image'], array_flip( array( 'title', 'caption' ) ) ) ) : '' )
				. '</article>';
		case 'article':
			$sub  = report_elements_hn( $level + 1 );
			$body = '';
			foreach ( isset( $d['blocks'] ) ? (array) $d['blocks'] : array() as $block ) {
				$type = isset( $block['type'] ) ? $block['type'] : '';
				if ( 'heading' === $type ) {
					$body .= "<$sub>" . report_elements_h( $block['text'] ) . "</$sub>";
				} elseif ( 'paragraph' === $type ) {
					$body .= '<p>' . report_elements_inline( $block['text'] ) . '</p>';
				} elseif ( 'image' === $type ) {
					$body .= report_elements_figure( $block );
				} elseif ( in_array( $type, array( 'quote', 'gallery', 'infobox' ), true ) ) {
					$body .= report_elements_fallback( $type, $block, $level + 1 );
				}
			}
			$title = ( $h( 'kicker' ) ? '<p>' . $h( 'kicker' ) . '</p>' : '' ) . "<$hn>" . $h( 'title' ) . "</$hn>";
			return '<article>' . ( $show_title ? $title : '' )
				. ( ! empty( $d['date'] ) ? '<p>' . report_elements_time( $d['date'] ) . '</p>' : '' )
				. ( ! empty( $d['lead'] ) ? '<p><strong>' . report_elements_inline( $d['lead'] ) . '</strong></p>' : '' )
				. ( ! empty( $d['image'] ) ? report_elements_figure( $d['image'], true ) : '' )
				. $body . '</article>';
	}
	return '';
}

/**
 * The whole server render of a report block.
 *
 * @param string        $kind       article, teaser, quote, gallery or infobox.
 * @param array         $attributes The block's attributes.
 * @param WP_Block|null $block      The block.
 */
function report_elements_render( $kind, $attributes, $block = null ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$data       = report_elements_data( $kind, $attributes, $block );
	if ( ! $data || ( 'article' === $kind && count( $data ) === 1 && array() === $data['blocks'] ) ) {
		return ''; // An empty block (nothing filled in yet) renders nothing.
	}
	$level = ! empty( $attributes['headingLevel'] ) ? (int) $attributes['headingLevel'] : ( 'article' === $kind ? 1 : 2 );
	$extra = '';
	// An article without its own title (see report_elements_article_shows_title()): the theme's post title
	// stands for it, so the body's headings take the level the title had (h2 by default, under the theme's h1).
	// The element still gets the title (its content requires one) one level up, hidden by assets/front.css.
	$show_title = 'article' !== $kind || report_elements_article_shows_title( $attributes, $data, $block );
	if ( ! $show_title ) {
		$level = max( 1, min( 6, $level ) - 1 );
		wp_enqueue_style( 'report-elements-front' );
	}
	if ( ! empty( $attributes['headingLevel'] ) || ! $show_title ) {
		$extra .= ' heading-level="' . $level . '"';
	}
	if ( ! empty( $attributes['lang'] ) ) {
		$extra .= ' lang="' . report_elements_h( $attributes['lang'] ) . '"';
	}
	$flags = array(
		'thumbnails' => 'thumbnails',
		'fullscreen' => 'fullscreen',
		'priority'   => 'priority',
	);
	foreach ( $flags as $key => $name ) {
		if ( ! empty( $attributes[ $key ] ) ) {
			$extra .= ' ' . $name;
		}
	}
	$class   = $show_title ? '' : 'report-elements-no-title';
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) && $block ? get_block_wrapper_attributes( $class ? array( 'class' => $class ) : array() ) : ( $class ? 'class="' . $class . '"' : '' );
	$json    = wp_json_encode( $data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	return '<report-' . $kind . ' ' . $wrapper . ' data-report="' . report_elements_h( $json ) . '"' . $extra . '>'
		. report_elements_fallback( $kind, $data, $level, $show_title ) . '</report-' . $kind . '>';
}
