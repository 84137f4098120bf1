// The "Peer self-assessment" block in the editor: its options in the sidebar and a placeholder in
// the content. The page shows the widget itself, rendered on the server like the shortcode.
( function ( blocks, element, blockEditor, components ) {
	const el = element.createElement;
	const { InspectorControls, useBlockProps } = blockEditor;
	const { PanelBody, SelectControl, TextControl, Placeholder } = components;

	const text = () => ( { type: "string", default: "" } );
	const attributes = {};
	for ( const name of [ "set", "namespace", "lang", "title", "accent", "set_url", "show" ] ) {
		attributes[ name ] = text();
	}

	blocks.registerBlockType( "peer-assessment/widget", {
		apiVersion: 2,
		title: "Peer self-assessment",
		description: "SAMHSA's Core Competencies for Peer Workers as a self-assessment. Answers stay in the visitor's browser.",
		category: "widgets",
		icon: "clipboard",
		keywords: [ "peer", "competencies", "SAMHSA", "assessment" ],
		supports: { html: false },
		attributes,
		edit( { attributes: a, setAttributes } ) {
			const field = ( name, label, help ) =>
				el( TextControl, { label, help, value: a[ name ], onChange: ( value ) => setAttributes( { [ name ]: value } ) } );
			return el(
				"div",
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: "Widget" },
						el( SelectControl, {
							label: "Competency set",
							value: a.set,
							options: [
								{ label: "Chosen by the visitor", value: "" },
								{ label: "SAMHSA 2015", value: "samhsa-2015" },
								{ label: "Draft revision (family and youth)", value: "samhsa-draft-family-youth" },
							],
							onChange: ( set ) => setAttributes( { set } ),
						} ),
						el( SelectControl, {
							label: "Language",
							value: a.lang,
							options: [
								{ label: "The visitor's browser language", value: "" },
								{ label: "English", value: "en" },
								{ label: "Español", value: "es" },
							],
							onChange: ( lang ) => setAttributes( { lang } ),
						} ),
						field( "namespace", "Namespace", "Keeps this widget's answers apart: 1–40 lowercase letters, digits, hyphens." ),
						field( "title", "Title" ),
						field( "accent", "Accent colour", "#rrggbb, dark enough for white text." ),
						field( "set_url", "Custom set URL", "A competency set (JSON) on this site." ),
						field( "show", "Parts shown", "Any of: history files workshop rate-others." ),
					),
				),
				el( Placeholder, {
					icon: "clipboard",
					label: a.title || "Peer Worker Competency Self-Assessment",
					instructions: "The self-assessment appears here on the published page. Its options are in the block's settings.",
				} ),
			);
		},
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components );
