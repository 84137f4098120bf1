<?php
/**
 * Plugin Name:       Peer Worker Competency Self-Assessment
 * Description:       SAMHSA's Core Competencies for Peer Workers as a self-assessment on your pages: the [peer_assessment] shortcode and the "Peer self-assessment" block. Runs in the visitor's browser; answers stay there and are never sent to this site or anywhere else.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       peer-assessment
 *
 * @package PeerAssessment
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'PEER_ASSESSMENT_VERSION', '@VERSION@' );
define( 'PEER_ASSESSMENT_FILE', __FILE__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';

add_action( 'init', 'peer_assessment_register_scripts' );
add_action( 'init', 'peer_assessment_register_block' );
add_filter( 'script_loader_tag', 'peer_assessment_module_tag', 10, 2 );
add_shortcode( 'peer_assessment', 'peer_assessment_shortcode' );
