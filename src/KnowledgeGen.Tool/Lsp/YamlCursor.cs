using System.Text.RegularExpressions;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// Where the cursor stands in a fact file that is being typed and so may not parse: which mapping it is in (the
/// keys from the top-level section down), whether a key or a value is being typed and how much of it, in block or
/// flow (<c>{ }</c>, <c>[ ]</c>) style, and the sibling fields of the mappings around it (a fact's <c>kind</c>, a
/// citation's <c>source</c>). Read from the lines' indentation, as YAML nests block mappings.
/// </summary>
public sealed partial record YamlCursor(
    string? Section,
    IReadOnlyList<string> Path,
    bool AtKey,
    string? Key,
    string Typed,
    int TypedStart,
    bool InFlow,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Siblings)
{
    /// <summary>A sibling field's value in the innermost mapping that has it, such as the fact's kind or the citation's source.</summary>
    public string? Field(string key)
    {
        foreach (IReadOnlyDictionary<string, string> level in Siblings)
        {
            if (level.TryGetValue(key, out string? value))
            {
                return value;
            }
        }

        return null;
    }

    public static YamlCursor At(string text, Position position)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        string line = position.Line < lines.Length ? lines[position.Line] : string.Empty;
        string before = line.Substring(0, Math.Min(position.Character, line.Length));

        (int keyIndent, string rest) = KeyStart(before);
        var path = new List<string>();
        var siblings = new List<IReadOnlyDictionary<string, string>>();
        string? section = Ancestors(lines, position.Line, keyIndent, path, siblings);

        FlowPlace? flow = Flow(before);
        if (flow is not null)
        {
            if (flow.Owner is not null)
            {
                path.Add(flow.Owner);
                siblings.Insert(0, flow.Fields);
            }
            else
            {
                // `- { source: x, quote: ... }`: the flow mapping is the list item itself.
                siblings[0] = flow.Fields.Concat(siblings[0]).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
            }

            return new YamlCursor(section, path, flow.AtKey, flow.Key, flow.Typed, flow.TypedStart, true, siblings);
        }

        Match keyValue = KeyValue().Match(rest);
        int restStart = before.Length - rest.Length;
        if (keyValue.Success)
        {
            string value = keyValue.Groups[2].Value;
            return new YamlCursor(section, path, false, keyValue.Groups[1].Value, value, before.Length - value.Length, false, siblings);
        }

        return new YamlCursor(section, path, true, null, rest.Trim(), restStart, false, siblings);
    }

    /// <summary>The column where the line's mapping keys start (after any <c>- </c>) and the text from there.</summary>
    private static (int Indent, string Remainder) KeyStart(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || (line[i] == '-' && (i + 1 == line.Length || line[i + 1] == ' '))))
        {
            i++;
        }

        return (i, line.Substring(i));
    }

    /// <summary>
    /// Walks up from the cursor's line: each line whose key stands left of the current mapping's and has no value
    /// is the key of the mapping (or list) that holds it. Collects each level's sibling fields on the way.
    /// </summary>
    private static string? Ancestors(string[] lines, int lineNumber, int keyIndent, List<string> path, List<IReadOnlyDictionary<string, string>> siblings)
    {
        int level = keyIndent;
        siblings.Add(Fields(lines, lineNumber, level));
        for (int i = lineNumber - 1; i >= 0; i--)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            (int indent, string rest) = KeyStart(line);
            if (indent >= level)
            {
                continue;
            }

            Match parent = KeyValue().Match(rest);
            if (!parent.Success || parent.Groups[2].Value.Trim().Length > 0)
            {
                continue;
            }

            string key = parent.Groups[1].Value;
            if (indent == 0)
            {
                path.Reverse();
                return key;
            }

            path.Add(key);
            level = indent;
            siblings.Add(Fields(lines, i, level));
        }

        path.Reverse();
        return null;
    }

    /// <summary>The key: value fields of the mapping whose keys start at the column, around the line.</summary>
    private static Dictionary<string, string> Fields(string[] lines, int lineNumber, int level)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = lineNumber; i >= 0; i--)
        {
            if (FieldLine(lines[i], level, fields) is { } startsItem && (startsItem || Indentation(lines[i]) < level))
            {
                break;
            }
        }

        for (int i = lineNumber + 1; i < lines.Length; i++)
        {
            if (IsItemStart(lines[i], level) || (lines[i].Trim().Length > 0 && Indentation(lines[i]) < level))
            {
                break;
            }

            FieldLine(lines[i], level, fields);
        }

        return fields;
    }

    /// <summary>Adds the line's field if it is one of the mapping at the column; says whether the line starts a list item there (null for a blank or comment line).</summary>
    private static bool? FieldLine(string line, int level, Dictionary<string, string> fields)
    {
        if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
        {
            return null;
        }

        (int indent, string rest) = KeyStart(line);
        if (indent == level && KeyValue().Match(rest) is { Success: true } field)
        {
            fields.TryAdd(field.Groups[1].Value, Unquote(field.Groups[2].Value.Trim()));
        }

        return IsItemStart(line, level);
    }

    private static bool IsItemStart(string line, int level) => line.TrimStart().StartsWith('-') && KeyStart(line).Indent == level;

    private static int Indentation(string line) => line.Length - line.TrimStart().Length;

    private sealed record FlowPlace(string? Owner, bool AtKey, string? Key, string Typed, int TypedStart, Dictionary<string, string> Fields);

    /// <summary>The innermost <c>{ }</c> or <c>[ ]</c> left open before the cursor on its line, if any.</summary>
    private static FlowPlace? Flow(string before)
    {
        var open = new Stack<int>();
        char quote = '\0';
        for (int i = 0; i < before.Length; i++)
        {
            char c = before[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if ((c == '\'' || c == '"') && (i == 0 || " {[,:".Contains(before[i - 1])))
            {
                quote = c;
            }
            else if (c is '{' or '[')
            {
                open.Push(i);
            }
            else if (c is '}' or ']' && open.Count > 0)
            {
                open.Pop();
            }
            else if (c == '#' && i > 0 && before[i - 1] == ' ')
            {
                return null;
            }
        }

        if (open.Count == 0)
        {
            return null;
        }

        int opener = open.Peek();
        Match owner = OwnerKey().Match(before.Substring(0, opener));
        string? ownerKey = owner.Success ? owner.Groups[1].Value : null;
        string inside = before.Substring(opener + 1);
        int itemStart = opener + 1 + Math.Max(inside.LastIndexOf(',') + 1, 0);
        string item = before.Substring(itemStart);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in inside.Split(','))
        {
            int colon = part.IndexOf(':');
            if (colon > 0)
            {
                fields.TryAdd(part.Substring(0, colon).Trim(), Unquote(part.Substring(colon + 1).Trim()));
            }
        }

        if (before[opener] == '[')
        {
            string typed = item.TrimStart();
            return new FlowPlace(null, false, ownerKey, typed, before.Length - typed.Length, new Dictionary<string, string>());
        }

        int itemColon = item.IndexOf(':');
        if (itemColon >= 0)
        {
            string typed = item.Substring(itemColon + 1).TrimStart();
            return new FlowPlace(ownerKey, false, item.Substring(0, itemColon).Trim(), typed, before.Length - typed.Length, fields);
        }

        string key = item.TrimStart();
        return new FlowPlace(ownerKey, true, null, key, before.Length - key.Length, fields);
    }

    private static string Unquote(string value)
        => value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value.Substring(1, value.Length - 2) : value;

    [GeneratedRegex(@"^([A-Za-z0-9_-]+):(?:\s+(.*)|\s*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"([A-Za-z0-9_-]+):\s*$")]
    private static partial Regex OwnerKey();
}
