<?php
/**
 * Uninstalling: the plugin keeps no options, tables, files or user data of its own (answers stay
 * in visitors' browsers), so there is nothing to remove beyond the plugin's folder, which
 * WordPress deletes. Pages keep their [peer_assessment] shortcodes and blocks: they are the
 * site's content, and show as plain text or nothing once the plugin is gone.
 *
 * @package PeerAssessment
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
