using System.Text;
using YamlDotNet.Core;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Report.Yaml;

/// <summary>
/// The parsing events of known YAML texts — the default rule pack and its template, recorded at build time — so that
/// <see cref="YamlReader.LoadRoot"/> builds their trees from the events instead of scanning the text twice (YAML was
/// a tenth of a cold start). Keyed by the whole text: an edited file is simply not found and is read as any other.
/// </summary>
/// <remarks>Only a text that <see cref="YamlReader"/> loads without an error is recorded, so its checks hold for the replay too.</remarks>
public sealed class YamlEventTable
{
    private const string Magic = "govlint-yaml-events";
    private const int FormatVersion = 1;

    private readonly List<(string Text, ParsingEvent[] Events)> _texts = [];

    private static Lazy<YamlEventTable?>? _known;

    /// <summary>The table <see cref="YamlReader"/> consults, loaded on first use by <paramref name="load"/> (the composition root sets it).</summary>
    public static void UseKnown(Func<YamlEventTable?> load) => _known = new Lazy<YamlEventTable?>(load);

    /// <summary>The table set by <see cref="UseKnown"/>, if any.</summary>
    internal static YamlEventTable? Known => _known?.Value;

    public int Count => _texts.Count;

    /// <summary>Records <paramref name="text"/> when it loads without an error (and holds nothing the table cannot write); returns whether it did.</summary>
    public bool Add(string text)
    {
        if (Find(text) is not null) return true;
        var reader = new YamlReader("<recorded>", "record");
        if (reader.LoadRoot(text) is null || reader.Errors.Count > 0) return false;
        var events = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (!Writable(parser.Current!)) return false;
            events.Add(parser.Current!);
        }
        _texts.Add((text, [.. events]));
        return true;
    }

    /// <summary>The tree of exactly this text built from its recorded events, or null when the table does not hold the text.</summary>
    public YamlNode? TryLoad(string text)
    {
        if (Find(text) is not { } events) return null;
        var stream = new YamlStream();
        stream.Load(new YamlEventReplay(events));
        return stream.Documents[0].RootNode;
    }

    private ParsingEvent[]? Find(string text)
    {
        foreach (var (known, events) in _texts)
            if (known.Length == text.Length && string.Equals(known, text, StringComparison.Ordinal)) return events;
        return null;
    }

    // The tag directives YamlDotNet's parser gives every document that declares none.
    private static readonly TagDirective[] DefaultTags = [new("!", "!"), new("!!", "tag:yaml.org,2002:")];

    // Directives, tags and anchors are not written (the default pack has none); a text with them is not recorded.
    private static bool Writable(ParsingEvent e) => e switch
    {
        DocumentStart d => d.Version is null && d.Tags is { } tags && tags.Count == DefaultTags.Length
            && DefaultTags.All(t => tags.Contains(t.Handle) && tags[t.Handle].Prefix == t.Prefix),
        NodeEvent n => n.Anchor.IsEmpty && n.Tag.IsEmpty,
        StreamStart or StreamEnd or DocumentEnd or MappingEnd or SequenceEnd => true,
        _ => false,
    };

    private enum Kind : byte { StreamStart, StreamEnd, DocumentStart, DocumentEnd, MappingStart, MappingEnd, SequenceStart, SequenceEnd, Scalar }

    /// <summary>Writes the table, texts in the order added.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write7BitEncodedInt(_texts.Count);
        foreach (var (text, events) in _texts)
        {
            writer.Write(text);
            writer.Write7BitEncodedInt(events.Length);
            foreach (var e in events) Write(writer, e);
        }
    }

    private static void Write(BinaryWriter writer, ParsingEvent e)
    {
        switch (e)
        {
            case StreamStart: writer.Write((byte)Kind.StreamStart); break;
            case StreamEnd: writer.Write((byte)Kind.StreamEnd); break;
            case DocumentStart d: writer.Write((byte)Kind.DocumentStart); writer.Write(d.IsImplicit); break;
            case DocumentEnd d: writer.Write((byte)Kind.DocumentEnd); writer.Write(d.IsImplicit); break;
            case MappingStart m: writer.Write((byte)Kind.MappingStart); writer.Write(m.IsImplicit); writer.Write((byte)m.Style); break;
            case MappingEnd: writer.Write((byte)Kind.MappingEnd); break;
            case SequenceStart s: writer.Write((byte)Kind.SequenceStart); writer.Write(s.IsImplicit); writer.Write((byte)s.Style); break;
            case SequenceEnd: writer.Write((byte)Kind.SequenceEnd); break;
            case Scalar s:
                writer.Write((byte)Kind.Scalar);
                writer.Write(s.Value);
                writer.Write((byte)s.Style);
                writer.Write(s.IsPlainImplicit);
                writer.Write(s.IsQuotedImplicit);
                writer.Write(s.IsKey);
                break;
            default: throw new InvalidOperationException($"未记录的 YAML 事件 {e.GetType().Name}");
        }
        Write(writer, e.Start);
        Write(writer, e.End);
    }

    private static void Write(BinaryWriter writer, Mark mark)
    {
        writer.Write7BitEncodedInt64(mark.Index);
        writer.Write7BitEncodedInt64(mark.Line);
        writer.Write7BitEncodedInt64(mark.Column);
    }

    /// <summary>A table written by <see cref="Save"/>; a missing, unreadable or foreign one gives an empty table (every text is parsed).</summary>
    public static YamlEventTable Load(Stream? stream)
    {
        var table = new YamlEventTable();
        if (stream is null) return table;
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion) return table;
            for (int t = reader.Read7BitEncodedInt(); t > 0; t--)
            {
                string text = reader.ReadString();
                var events = new ParsingEvent[reader.Read7BitEncodedInt()];
                for (int i = 0; i < events.Length; i++) events[i] = Read(reader);
                table._texts.Add((text, events));
            }
            return table;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException)
        {
            return new YamlEventTable();
        }
    }

    private static ParsingEvent Read(BinaryReader reader)
    {
        var kind = (Kind)reader.ReadByte();
        switch (kind)
        {
            case Kind.StreamStart or Kind.StreamEnd or Kind.MappingEnd or Kind.SequenceEnd:
            {
                var (start, end) = (ReadMark(reader), ReadMark(reader));
                return kind switch
                {
                    Kind.StreamStart => new StreamStart(start, end),
                    Kind.StreamEnd => new StreamEnd(start, end),
                    Kind.MappingEnd => new MappingEnd(start, end),
                    _ => new SequenceEnd(start, end),
                };
            }
            case Kind.DocumentStart:
            {
                bool isImplicit = reader.ReadBoolean();
                return new DocumentStart(null, new TagDirectiveCollection(DefaultTags), isImplicit, ReadMark(reader), ReadMark(reader));
            }
            case Kind.DocumentEnd:
            {
                bool isImplicit = reader.ReadBoolean();
                return new DocumentEnd(isImplicit, ReadMark(reader), ReadMark(reader));
            }
            case Kind.MappingStart:
            {
                bool isImplicit = reader.ReadBoolean();
                var style = (MappingStyle)reader.ReadByte();
                return new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit, style, ReadMark(reader), ReadMark(reader));
            }
            case Kind.SequenceStart:
            {
                bool isImplicit = reader.ReadBoolean();
                var style = (SequenceStyle)reader.ReadByte();
                return new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit, style, ReadMark(reader), ReadMark(reader));
            }
            case Kind.Scalar:
            {
                string value = reader.ReadString();
                var style = (ScalarStyle)reader.ReadByte();
                bool plain = reader.ReadBoolean(), quoted = reader.ReadBoolean(), key = reader.ReadBoolean();
                return new Scalar(AnchorName.Empty, TagName.Empty, value, style, plain, quoted, ReadMark(reader), ReadMark(reader), key);
            }
            default:
                throw new InvalidDataException($"未知的 YAML 事件 {kind}");
        }
    }

    private static Mark ReadMark(BinaryReader reader) => new(reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64());
}
