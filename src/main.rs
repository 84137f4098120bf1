//! The participant's page: the assessment, results, history and files (`index.html`, `embed.js`).
fn main() {
    peer_assessment::app::mount(peer_assessment::app::PARTICIPANT);
}
