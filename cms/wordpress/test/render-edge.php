<?php
/**
 * Server render of the five blocks with empty, partial and odd attributes, all PHP notices shown: prints
 * JSON { "output": "…", "problems": [ "…" ] } (a PHP warning or notice is a problem). Run inside the test bed.
 */
$problems = array();
set_error_handler(
	function ( $no, $message, $file, $line ) use ( &$problems ) {
		if ( false !== strpos( $file, 'report-elements' ) ) {
			$problems[] = "$message ($file:$line)";
		}
		return true;
	}
);
error_reporting( E_ALL );
$cases = array(
	'<!-- wp:report-elements/article /-->',
	'<!-- wp:report-elements/teaser /-->',
	'<!-- wp:report-elements/quote /-->',
	'<!-- wp:report-elements/gallery /-->',
	'<!-- wp:report-elements/infobox /-->',
	'<!-- wp:report-elements/article {"data":{}} --><!-- wp:paragraph --><p></p><!-- /wp:paragraph --><!-- wp:image --><figure class="wp-block-image"></figure><!-- /wp:image --><!-- wp:report-elements/quote /--><!-- /wp:report-elements/article -->',
	'<!-- wp:report-elements/teaser {"data":{"image":{}, "title":""},"headingLevel":9} /-->',
	'<!-- wp:report-elements/quote {"data":{"image":{"id":999999},"text":["a",{"text":"b"},{"href":"javascript:alert(1)"}]}} /-->',
	'<!-- wp:report-elements/gallery {"data":{"images":[{"id":0},{},{"src":"x.jpg"}, "text"]}} /-->',
	'<!-- wp:report-elements/infobox {"data":{"body":["",[],null],"links":[{},{"text":"t"},{"href":"https://a.example/"}]}} /-->',
	'<!-- wp:report-elements/infobox {"data":"not an object"} /-->',
	'<!-- wp:report-elements/article {"data":{"title":["not text"]},"showTitle":"yes","headingLevel":1} /-->',
);
$output = '';
foreach ( $cases as $case ) {
	$output .= do_blocks( $case ) . "\n";
}
restore_error_handler();
echo wp_json_encode( array( 'output' => $output, 'problems' => $problems ) );
