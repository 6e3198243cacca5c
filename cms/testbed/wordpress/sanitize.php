<?php
/**
 * Runs HTML through WordPress's real save path, as a given user, and returns what is stored and what the front
 * end prints.
 *
 * Input (stdin, JSON): { "cases": [ { "id": "…", "html": "…", "user": "author", "allowlist": true } ] }
 *   user       login of the test-bed user (admin, author, contributor); default author
 *   allowlist  apply cms/wordpress/allowlist.php (the documented wp_kses_allowed_html filter); default false
 * Output (stdout, JSON): { "wordpress": "6.1.9", "results": [ { "id", "saved", "front" } ] }
 *   saved  post_content as stored by wp_insert_post(): content_save_pre → wp_filter_post_kses for users without
 *          unfiltered_html (kses_init()), including kses over block attributes (pre_kses →
 *          wp_pre_kses_block_attributes)
 *   front  apply_filters( 'the_content', saved ) as a visitor sees it: do_blocks, wptexturize, wpautop (only for
 *          content without blocks), shortcodes, wp_filter_content_tags …
 * Each post is deleted again. One PHP process for all cases (WordPress boots once).
 */
require __DIR__ . '/load.php';
if ( get_option( 'active_plugins' ) || wp_get_mu_plugins() ) {
	// Their filters would change what is measured (e.g. an older copy of the allowlist, defined first).
	fwrite( STDERR, 'warning: this site has active plugins (' . implode( ', ', array_merge( get_option( 'active_plugins' ) ?: array(), wp_get_mu_plugins() ) ) . "): use a site of its own (WP_TESTBED_NAME)\n" );
}
require_once dirname( __DIR__, 3 ) . '/cms/wordpress/allowlist.php';

$input = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $input ) || ! isset( $input['cases'] ) ) {
	fwrite( STDERR, "expected JSON { cases: [ { id, html, user, allowlist } ] } on stdin\n" );
	exit( 2 );
}

$results = array();
foreach ( $input['cases'] as $case ) {
	$login = $case['user'] ?? 'author';
	$user  = get_user_by( 'login', $login );
	if ( ! $user ) {
		fwrite( STDERR, "no user $login: run testbed.mjs setup\n" );
		exit( 1 );
	}
	if ( ! empty( $case['allowlist'] ) ) {
		add_filter( 'wp_kses_allowed_html', 'report_elements_allowed_html', 10, 2 );
	} else {
		remove_filter( 'wp_kses_allowed_html', 'report_elements_allowed_html', 10 );
	}

	// As the editor who saves: kses applies unless the user has unfiltered_html.
	wp_set_current_user( $user->ID );
	kses_init();
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => 'report-elements test ' . ( $case['id'] ?? '' ),
				'post_content' => $case['html'],
				'post_status'  => 'draft',
				'post_author'  => $user->ID,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$saved = get_post_field( 'post_content', $id, 'raw' );

	// As a visitor reading the post.
	wp_set_current_user( 0 );
	$GLOBALS['post'] = get_post( $id );
	setup_postdata( $GLOBALS['post'] );
	$front = apply_filters( 'the_content', $saved );
	wp_reset_postdata();

	wp_delete_post( $id, true );
	$results[] = array(
		'id'    => $case['id'] ?? null,
		'saved' => $saved,
		'front' => $front,
	);
}
echo wp_json_encode(
	array(
		'wordpress' => get_bloginfo( 'version' ),
		'results'   => $results,
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
