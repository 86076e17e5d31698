using System.Security.Cryptography;

namespace Ams.Pki.Crl;

/// <summary>An append-only byte buffer in 1 MiB chunks: grows without copying (large CRLs).</summary>
internal sealed class ChunkedBuffer
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;

    public long Length { get; private set; }

    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(new byte[ChunkSize]);
                _used = 0;
            }

            var count = Math.Min(data.Length, ChunkSize - _used);
            data[..count].CopyTo(_chunks[^1].AsSpan(_used));
            _used += count;
            Length += count;
            data = data[count..];
        }
    }

    public void AppendTo(IncrementalHash hash)
    {
        foreach (var segment in Segments())
        {
            hash.AppendData(segment.Span);
        }
    }

    public int CopyTo(Span<byte> destination)
    {
        var offset = 0;
        foreach (var segment in Segments())
        {
            segment.Span.CopyTo(destination[offset..]);
            offset += segment.Length;
        }

        return offset;
    }

    private IEnumerable<ReadOnlyMemory<byte>> Segments()
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            yield return _chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _used : ChunkSize);
        }
    }
}
