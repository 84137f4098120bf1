<?php
// Prints what the plugin renders for the attributes given as JSON in the first argument, inside
// the test site's WordPress (run with WORDPRESS_CONFIG set): the plugin's own escaping, without
// the content filters a page's text goes through first.
require '/usr/share/wordpress/wp-load.php';
if ( ! function_exists( 'peer_assessment_render' ) ) {
	fwrite( STDERR, "the plugin is not active\n" );
	exit( 1 );
}
echo peer_assessment_render( json_decode( $argv[1], true ) );
