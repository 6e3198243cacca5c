<?php
/**
 * Writes IPTC title, caption and credit into JPEG files, as a camera or a photo desk does, so that WordPress
 * takes them from the file on upload (wp_read_image_metadata()).
 * Input (stdin, JSON): [ { "file": "/tmp/x.jpg", "title": "…", "caption": "…", "credit": "…" } ].
 */
$items = json_decode( stream_get_contents( STDIN ), true );
foreach ( $items as $item ) {
	$iptc = '';
	foreach ( array( '005' => 'title', '120' => 'caption', '110' => 'credit' ) as $dataset => $key ) {
		if ( ! empty( $item[ $key ] ) ) {
			$value = substr( $item[ $key ], 0, 2000 );
			$iptc .= chr( 0x1C ) . chr( 2 ) . chr( (int) $dataset ) . pack( 'n', strlen( $value ) ) . $value;
		}
	}
	$jpeg = iptcembed( $iptc, $item['file'] );
	if ( false === $jpeg ) {
		fwrite( STDERR, "iptcembed failed for {$item['file']}\n" );
		exit( 1 );
	}
	file_put_contents( $item['file'], $jpeg );
}
echo count( $items ), " files\n";
