<?php
/**
 * report-elements: let editors without `unfiltered_html` (Authors, Contributors, Editors on multisite) keep the
 * five report tags in post content.
 *
 * Copy this file into `wp-content/mu-plugins/` (or include it from a plugin). It only widens the `post` context
 * of wp_kses: the tags and the attributes named here, nothing else. Write the content with `data-report`
 * (double-quoted, HTML-escaped JSON): kses treats `data` as a URL attribute (it is listed for `<object data>`)
 * and strips its value up to every `:`, while `data-*` attributes are never URL-filtered. `src` is kept as a
 * URL (http, https and relative paths pass). It also allows `<time datetime>`, which plain markup inside
 * report-article and report-teaser uses for the date.
 *
 * Tested against WordPress's own save path (wp_insert_post as an Author) by test/cms in report-elements.
 *
 * @package report-elements
 */

if ( ! function_exists( 'report_elements_allowed_html' ) ) {
	/**
	 * Adds report-article, report-teaser, report-quote, report-gallery and report-infobox to the allowed tags.
	 *
	 * @param array  $tags    Allowed tags and their attributes for this context.
	 * @param string $context The kses context; only `post` is changed.
	 * @return array
	 */
	function report_elements_allowed_html( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$common = array(
			'data-report'   => true,
			'src'           => true,
			'heading-level' => true,
			'lang'          => true,
			'id'            => true,
			'class'         => true,
		);
		$tags['report-article'] = $common;
		$tags['report-quote']   = $common;
		$tags['report-infobox'] = $common;
		$tags['report-teaser']  = $common + array( 'priority' => true );
		$tags['report-gallery'] = $common + array(
			'deep-link'  => true,
			'thumbnails' => true,
			'fullscreen' => true,
		);
		// Plain markup inside report-article and report-teaser carries the date as <time datetime>, which
		// WordPress's post allowlist lacks: without it the date is removed on save.
		$tags['time'] = ( $tags['time'] ?? array() ) + array( 'datetime' => true );
		return $tags;
	}
	add_filter( 'wp_kses_allowed_html', 'report_elements_allowed_html', 10, 2 );
}
