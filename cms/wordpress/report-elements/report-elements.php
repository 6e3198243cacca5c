<?php
/**
 * Plugin Name:       Report Elements
 * Plugin URI:        https://github.com/report-elements/report-elements
 * Description:       Five blocks for editorial reports — article, teaser, quote, gallery with lightbox, infobox — built from WordPress's own fields and Media Library images, rendered by the report-elements web components.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Tested up to:      7.1
 * Requires PHP:      7.4
 * Author:            report-elements
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       report-elements
 *
 * @package report-elements
 */

defined( 'ABSPATH' ) || exit;

define( 'REPORT_ELEMENTS_VERSION', '1.0.0' );
define( 'REPORT_ELEMENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';

// The kses allowlist for the five tags (one source: cms/wordpress/allowlist.php, copied into the plugin by the
// build; in a checkout of the repository it is read from beside the plugin folder).
foreach ( array( __DIR__ . '/includes/allowlist.php', dirname( __DIR__ ) . '/allowlist.php' ) as $report_elements_allowlist ) {
	if ( is_readable( $report_elements_allowlist ) ) {
		require_once $report_elements_allowlist;
		break;
	}
}
unset( $report_elements_allowlist );

/** The blocks, each described by its block.json; the editor script is shared. */
function report_elements_register_blocks() {
	report_elements_register_editor_script();
	foreach ( array( 'article', 'teaser', 'quote', 'gallery', 'infobox' ) as $name ) {
		register_block_type( __DIR__ . '/blocks/' . $name );
	}
}
add_action( 'init', 'report_elements_register_blocks' );
