/// The heap buffer behind a `Tensor`: one allocation holding the element count (header)
/// followed by the `Double` elements, so creating a tensor costs exactly one `malloc` (and,
/// from 4 MiB on, one `madvise` for transparent huge pages, see `HeapTuning`).
///
/// Tensors share a storage object until one of them is mutated; the mutating tensor then
/// copies it (copy-on-write, checked with `isKnownUniquelyReferenced`).
@usableFromInline
final class TensorStorage: ManagedBuffer<Int, Double> {
    /// A storage object with room for `count` elements, left uninitialized (Double is trivial).
    @inlinable
    static func allocate(count: Int) -> TensorStorage {
        HeapTuning.applied
        let buffer = unsafeDowncast(TensorStorage.create(minimumCapacity: Swift.max(count, 1)) { _ in count },
                                    to: TensorStorage.self)
        if count >= HeapTuning.hugePageElements {
            buffer.withUnsafeMutablePointerToElements { HeapTuning.adviseHugePages($0, count: count) }
        }
        return buffer
    }

    /// A new storage object holding a copy of this one's elements.
    @inlinable
    func copy() -> TensorStorage {
        let count = header
        let result = TensorStorage.allocate(count: count)
        withUnsafeMutablePointerToElements { source in
            result.withUnsafeMutablePointerToElements { target in
                target.update(from: source, count: count)
            }
        }
        return result
    }
}
