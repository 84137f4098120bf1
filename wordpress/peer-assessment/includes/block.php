<?php
/**
 * The "Peer self-assessment" block: a dynamic block rendered on the server by the same function
 * as the shortcode; the editor script only edits its options.
 *
 * @package PeerAssessment
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the block and its editor script. */
function peer_assessment_register_block() {
	wp_register_script(
		'peer-assessment-block-editor',
		plugins_url( 'block/editor.js', PEER_ASSESSMENT_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
		PEER_ASSESSMENT_VERSION,
		true
	);
	$attributes = array();
	foreach ( array_keys( PEER_ASSESSMENT_ATTRIBUTES ) as $name ) {
		$attributes[ $name ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	register_block_type(
		'peer-assessment/widget',
		array(
			'api_version'     => 2,
			'editor_script'   => 'peer-assessment-block-editor',
			'attributes'      => $attributes,
			'render_callback' => 'peer_assessment_render',
		)
	);
}
