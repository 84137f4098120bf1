//! Files: download a backup of everything, import a backup or a rating file, or add a
//! supervisor's short code.

mod backup;
mod code_import;
mod file_import;

use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::core::session::Session;
use backup::backup;
use code_import::CodeImport;
use file_import::FileImport;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilesScreenProps {
    pub session: Rc<Session>,
}

#[function_component(FilesScreen)]
pub fn files_screen(props: &FilesScreenProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    html! {
        <section class="pa-screen pa-files" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.files_heading }</h2>
            { backup(t, &dispatch, &props.session) }
            <FileImport session={props.session.clone()} />
            <CodeImport session={props.session.clone()} />
        </section>
    }
}
