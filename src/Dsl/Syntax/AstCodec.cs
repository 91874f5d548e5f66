namespace GovInfo.Dsl.Syntax;

/// <summary>Writes expression trees to a compact binary form and reads them back, positions included.</summary>
public static class AstCodec
{
    private enum Tag : byte { Number, String, Regex, Bool, Null, Name, Unary, Binary, Call, Member, Index, Lambda, List }

    public static void Write(BinaryWriter writer, ForClause clause)
    {
        writer.Write(clause.Variable);
        writer.Write7BitEncodedInt(clause.VariableStart);
        Write(writer, clause.Collection);
    }

    public static ForClause ReadForClause(BinaryReader reader) => new(reader.ReadString(), reader.Read7BitEncodedInt(), Read(reader));

    public static void Write(BinaryWriter writer, Expr expr)
    {
        writer.Write((byte)TagOf(expr));
        writer.Write7BitEncodedInt(expr.Start);
        writer.Write7BitEncodedInt(expr.Length);
        switch (expr)
        {
            case NumberLiteral n: writer.Write(n.Value); break;
            case StringLiteral s: writer.Write(s.Value); break;
            case RegexLiteral r: writer.Write(r.Pattern); writer.Write(r.Flags); break;
            case BoolLiteral b: writer.Write(b.Value); break;
            case NullLiteral: break;
            case NameExpr n: writer.Write(n.Name); break;
            case UnaryExpr u: writer.Write(u.Operator); Write(writer, u.Operand); break;
            case BinaryExpr b:
                writer.Write(b.Operator.Text);
                writer.Write7BitEncodedInt(b.Operator.Start);
                Write(writer, b.Left);
                Write(writer, b.Right);
                break;
            case CallExpr c: writer.Write(c.Function); writer.Write7BitEncodedInt(c.NameLength); WriteList(writer, c.Arguments); break;
            case MemberExpr m:
                Write(writer, m.Target);
                writer.Write(m.Name);
                writer.Write7BitEncodedInt(m.NameStart);
                writer.Write(m.Arguments is not null);
                if (m.Arguments is not null) WriteList(writer, m.Arguments);
                break;
            case IndexExpr i: Write(writer, i.Target); WriteList(writer, i.Arguments); break;
            case LambdaExpr l: writer.Write(l.Parameter); Write(writer, l.Body); break;
            case ListExpr l: WriteList(writer, l.Items); break;
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not an expression written by <see cref="Write(BinaryWriter, Expr)"/>.</exception>
    public static Expr Read(BinaryReader reader)
    {
        var tag = (Tag)reader.ReadByte();
        int start = reader.Read7BitEncodedInt(), length = reader.Read7BitEncodedInt();
        Expr expr = tag switch
        {
            Tag.Number => new NumberLiteral(reader.ReadDecimal()),
            Tag.String => new StringLiteral(reader.ReadString()),
            Tag.Regex => new RegexLiteral(reader.ReadString(), reader.ReadString()),
            Tag.Bool => new BoolLiteral(reader.ReadBoolean()),
            Tag.Null => new NullLiteral(),
            Tag.Name => new NameExpr(reader.ReadString()),
            Tag.Unary => new UnaryExpr(reader.ReadString(), Read(reader)),
            Tag.Binary => new BinaryExpr(new Operator(reader.ReadString()) { Start = reader.Read7BitEncodedInt() }, Read(reader), Read(reader)),
            Tag.Call => new CallExpr(reader.ReadString(), reader.Read7BitEncodedInt(), ReadList(reader)),
            Tag.Member => new MemberExpr(Read(reader), reader.ReadString(), reader.Read7BitEncodedInt(), reader.ReadBoolean() ? ReadList(reader) : null),
            Tag.Index => new IndexExpr(Read(reader), ReadList(reader)),
            Tag.Lambda => new LambdaExpr(reader.ReadString(), Read(reader)),
            Tag.List => new ListExpr(ReadList(reader)),
            _ => throw new InvalidDataException($"Unknown expression tag {(byte)tag}."),
        };
        return expr with { Start = start, Length = length };
    }

    private static Tag TagOf(Expr expr) => expr switch
    {
        NumberLiteral => Tag.Number,
        StringLiteral => Tag.String,
        RegexLiteral => Tag.Regex,
        BoolLiteral => Tag.Bool,
        NullLiteral => Tag.Null,
        NameExpr => Tag.Name,
        UnaryExpr => Tag.Unary,
        BinaryExpr => Tag.Binary,
        CallExpr => Tag.Call,
        MemberExpr => Tag.Member,
        IndexExpr => Tag.Index,
        LambdaExpr => Tag.Lambda,
        ListExpr => Tag.List,
        _ => throw new ArgumentException($"No encoding for {expr.GetType().Name}.", nameof(expr)),
    };

    private static void WriteList(BinaryWriter writer, IReadOnlyList<Expr> items)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items) Write(writer, item);
    }

    private static Expr[] ReadList(BinaryReader reader)
    {
        int count = reader.Read7BitEncodedInt();
        if (count < 0 || count > ExpressionParser.MaxLength) throw new InvalidDataException($"Bad list length {count}.");
        var items = new Expr[count];
        for (int i = 0; i < count; i++) items[i] = Read(reader);
        return items;
    }
}
