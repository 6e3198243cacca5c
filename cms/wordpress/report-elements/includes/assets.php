<?php
/**
 * Scripts: the editor script (shared by the five blocks) and the standalone module bundle, loaded once and only
 * on pages whose content has a report element or a class-marked block to enhance.
 *
 * @package report-elements
 */

defined( 'ABSPATH' ) || exit;

/** URL of the standalone bundle shipped in the plugin. */
function report_elements_bundle_url() {
	return plugins_url( 'assets/report-elements.js', REPORT_ELEMENTS_DIR . '/report-elements.php' );
}

/** The editor script, in plain JavaScript over the `wp.*` globals (no build step). */
function report_elements_register_editor_script() {
	$url = plugins_url( 'assets/', REPORT_ELEMENTS_DIR . '/report-elements.php' );
	wp_register_script(
		'report-elements-editor',
		$url . 'editor.js',
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-data', 'wp-api-fetch' ),
		REPORT_ELEMENTS_VERSION,
		true
	);
	wp_add_inline_script(
		'report-elements-editor',
		// The preview's elements: the five tags without the page-wide enhancement of class-marked markup (see
		// scripts/build-wordpress.mjs), which would move the editor's own blocks.
		'window.reportElementsEditor = ' . wp_json_encode( array( 'bundle' => $url . 'editor/report-elements-editor.js?ver=' . REPORT_ELEMENTS_VERSION ) ) . ';',
		'before'
	);
	wp_set_script_translations( 'report-elements-editor', 'report-elements' );
	// The front end's one rule (an article's title left out), also in the editor's canvas for its preview.
	wp_register_style( 'report-elements-front', $url . 'front.css', array(), REPORT_ELEMENTS_VERSION );
	wp_register_style( 'report-elements-editor', $url . 'editor.css', array( 'report-elements-front' ), REPORT_ELEMENTS_VERSION );
}

/** Whether rendered HTML needs the bundle: a `<report-…>` tag, or an element marked for enhancement. */
function report_elements_needs_bundle( $html ) {
	return is_string( $html ) && (
		false !== stripos( $html, '<report-' )
		|| preg_match( '/class\s*=\s*["\'][^"\']*\breport-(?:gallery|quote|infobox)\b/i', $html )
	);
}

/** Loads the bundle once: a script module where WordPress has them (6.5+), a module script tag otherwise. */
function report_elements_enqueue_bundle() {
	static $done = false;
	if ( $done || is_admin() ) {
		return;
	}
	$done = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'report-elements', report_elements_bundle_url(), array(), REPORT_ELEMENTS_VERSION );
		return;
	}
	$print = function () {
		printf( "<script type=\"module\" src=\"%s\"></script>\n", esc_url( report_elements_bundle_url() . '?ver=' . REPORT_ELEMENTS_VERSION ) );
	};
	if ( did_action( 'wp_footer' ) ) {
		$print();
	} else {
		add_action( 'wp_footer', $print, 20 );
	}
}

/** Looks at each rendered block and at the post content (classic content, Custom HTML). */
function report_elements_scan( $html ) {
	if ( report_elements_needs_bundle( $html ) ) {
		report_elements_enqueue_bundle();
	}
	return $html;
}
add_filter( 'render_block', 'report_elements_scan', 20 );
add_filter( 'the_content', 'report_elements_scan', 999 );
