import Foundation

/// A continuous colour scale for heatmaps and contour levels. Colours are fixed
/// (data encodings must not change with the theme) and were chosen to read on
/// both light and dark pages.
public struct Colormap: Equatable, Sendable {
    /// Name used in figure descriptions.
    public let name: String
    /// Equally spaced sRGB anchors, interpolated linearly.
    let anchors: [UInt32]

    /// Perceptually uniform sequential map (matplotlib's default), dark blue to yellow.
    public static let viridis = Colormap(name: "viridis", anchors: [
        0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725,
    ])

    /// Moreland's diverging cool–warm map: blue for low, grey at the middle, red
    /// for high. Use it for signed data centred on zero (Hessian entries, errors).
    public static let coolwarm = Colormap(name: "coolwarm", anchors: [
        0x3B4CC0, 0x6282EA, 0x8DB0FE, 0xB8D0F9, 0xDDDDDD, 0xF5C4AD, 0xF49A7B, 0xDE604D, 0xB40426,
    ])

    /// Light-to-dark blue, for filled contours under trajectories (low = light).
    public static let blues = Colormap(name: "blues", anchors: [
        0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B,
    ])

    /// Whether the map is meant for data centred on zero (limits default to ±max|z|).
    var isDiverging: Bool { name == "coolwarm" }

    /// Red, green and blue in 0…255 at `t` in 0…1 (clamped).
    func rgb(_ t: Double) -> (UInt8, UInt8, UInt8) {
        let u = t.isFinite ? Swift.min(1, Swift.max(0, t)) : 0
        let x = u * Double(anchors.count - 1)
        let i = Swift.min(Int(x), anchors.count - 2)
        let f = x - Double(i)
        func channel(_ shift: UInt32) -> UInt8 {
            let a = Double((anchors[i] >> shift) & 0xFF), b = Double((anchors[i + 1] >> shift) & 0xFF)
            return UInt8((a + (b - a) * f).rounded())
        }
        return (channel(16), channel(8), channel(0))
    }

    /// `#rrggbb` at `t` in 0…1.
    func hex(_ t: Double) -> String {
        let (r, g, b) = rgb(t)
        return String(format: "#%02x%02x%02x", r, g, b)
    }
}
