<?php
/** Activates the plugins given as `dir/main-file.php` (relative to wp-content/plugins). Used by testbed.mjs plugin. */
require __DIR__ . '/load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
foreach ( array_slice( $argv, 1 ) as $plugin ) {
	$result = activate_plugin( $plugin );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "$plugin: " . $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "activated $plugin\n";
}
