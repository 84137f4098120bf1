fn main() {
    peer_assessment::app::mount();
}
