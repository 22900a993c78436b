using System.Buffers.Binary;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Deterministic ids: the seed, the provider's index and a running number, laid out as a
/// version-8 GUID (RFC 9562 §5.8). Unique by construction (no two providers share an index, no
/// provider reuses a number), so generation keeps no set of ids and providers are built independently.
/// </summary>
internal sealed class DemoIdSource
{
    /// <summary>The stream for records shared by every provider (LSCBs).</summary>
    public const int SharedStream = 0xFFFFFF;

    private readonly int _seed;
    private readonly int _stream;
    private uint _next;

    public DemoIdSource(int seed, int stream)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stream);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stream, SharedStream);
        _seed = seed;
        _stream = stream;
    }

    public Guid Next()
    {
        // Big-endian layout: seed | "DE" 0x80 0x00 | 0x80 stream(24 bits) | counter(32 bits).
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt32BigEndian(bytes, _seed);
        bytes[4] = 0xDE;
        bytes[5] = 0x30;
        bytes[6] = 0x80; // version 8
        bytes[7] = 0x00;
        bytes[8] = 0x80; // variant 10xx
        bytes[9] = (byte)(_stream >> 16);
        bytes[10] = (byte)(_stream >> 8);
        bytes[11] = (byte)_stream;
        BinaryPrimitives.WriteUInt32BigEndian(bytes[12..], checked(++_next));
        return new Guid(bytes, bigEndian: true);
    }
}
