/// A number that can be plotted. Plot stores everything as `Double`; this protocol
/// lets chapter code pass `[Float]`, `[Int]` step counts or any other numeric
/// sequence (a tensor's `.scalars`, a `stride`, a range) without converting first.
public protocol PlotScalar {
    /// The value as a `Double`.
    var plotValue: Double { get }
}

extension PlotScalar where Self: BinaryFloatingPoint {
    public var plotValue: Double { Double(self) }
}

extension PlotScalar where Self: BinaryInteger {
    public var plotValue: Double { Double(self) }
}

extension Double: PlotScalar {}
extension Float: PlotScalar {}
extension Int: PlotScalar {}
extension Int32: PlotScalar {}
extension Int64: PlotScalar {}
extension UInt: PlotScalar {}
extension UInt32: PlotScalar {}
extension UInt64: PlotScalar {}

extension Sequence where Element: PlotScalar {
    /// The sequence as `[Double]`.
    var plotValues: [Double] { map(\.plotValue) }
}
