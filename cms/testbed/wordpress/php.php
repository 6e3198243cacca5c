<?php
/**
 * Runs a PHP file inside the booted test-bed WordPress: `node testbed.mjs php file.php [args…]`. The file sees
 * $argv without this wrapper, and every WordPress function.
 */
require __DIR__ . '/load.php';
array_shift( $argv );
if ( ! isset( $argv[0] ) || ! is_file( $argv[0] ) ) {
	fwrite( STDERR, "usage: testbed.mjs php <file.php> [args…]\n" );
	exit( 2 );
}
require $argv[0];
