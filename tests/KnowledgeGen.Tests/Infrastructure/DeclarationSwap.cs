using System.Text.RegularExpressions;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>Puts a documented declaration into a copy of a knowledge base, in place of the declaration with its id.</summary>
public static class DeclarationSwap
{
    /// <summary>
    /// <paramref name="declaration"/> is one list item as a document shows it (`- id: x` and its fields, not
    /// indented); it replaces the item with that id in whichever YAML file under <paramref name="folder"/> declares it.
    /// </summary>
    public static void Replace(string folder, string declaration)
    {
        string id = Regex.Match(declaration, @"^- id: (\S+)", RegexOptions.Multiline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(id), "the declaration has no id:\n" + declaration);
        string indented = string.Concat(declaration.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? "\n" : "  " + line + "\n"));
        (string file, string text, Match declared) = Locate(folder, id);
        string rest = text.Substring(declared.Index + declared.Length);
        string gap = declared.Value.EndsWith("\n\n", StringComparison.Ordinal) ? "\n" : string.Empty;
        File.WriteAllText(file, text.Substring(0, declared.Index) + indented + gap + rest);
    }

    /// <summary>The list item with the id <paramref name="id"/> as its file holds it (`  - id: x` and its fields, indented).</summary>
    public static string Find(string folder, string id) => Locate(folder, id).Declared.Value;

    private static (string File, string Text, Match Declared) Locate(string folder, string id)
    {
        foreach (string file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file).ReplaceLineEndings("\n");
            Match declared = Regex.Match(text, $@"^  - id: {Regex.Escape(id)}\n(?:(?!  - id: |\S).*\n)*", RegexOptions.Multiline);
            if (declared.Success)
            {
                return (file, text, declared);
            }
        }

        Assert.Fail($"no fact file under {folder} declares '{id}'");
        throw new InvalidOperationException(); // not reached: Assert.Fail throws
    }
}
