//! The facilitator's page: everything of the participant's page and the workshop
//! (`facilitator.html`, and `embed.js` where an element asks for `data-page="facilitator"`).
fn main() {
    peer_assessment::app::mount(peer_assessment::app::FACILITATOR);
}
