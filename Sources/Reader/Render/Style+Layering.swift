extension Style {
    /// This style with `top` laid over it: top's colours win where set, attributes add up.
    func layered(with top: Style) -> Style {
        Style(foreground: top.foreground == .default ? foreground : top.foreground,
              background: top.background == .default ? background : top.background,
              attributes: attributes.union(top.attributes))
    }
}
