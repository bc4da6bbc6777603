using System.Globalization;
using System.Text;
using KnowledgeGen.Checking;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool;

/// <summary>
/// Adds an article to a knowledge base: copies its text byte for byte into the folder's <c>sources/</c> as
/// <c>&lt;id&gt;.txt</c> (or names it where it already lies inside the folder), appends its declaration with the
/// SHA-256 the build checks to <c>sources.yaml</c>, and prints its sentences numbered, as the checklist of what
/// facts must cite or <c>not-claims:</c> must list.
/// </summary>
public static class AddSourceCommand
{
    private const string SourcesFile = "sources.yaml";

    public static int Run(KnowledgeBaseFolder folder, DirectoryInfo facts, FileInfo text, string id, string title, string? published, TextWriter output, TextWriter error)
    {
        if (!text.Exists)
        {
            error.WriteLine($"There is no file '{text}'; give the article's text file.");
            return CommandLine.UsageError;
        }

        if (!IsKebabCase(id))
        {
            error.WriteLine($"The id '{PrintableText.Escape(id)}' is not kebab-case (lower-case letters and digits joined by single hyphens, at most 80 characters).");
            return CommandLine.UsageError;
        }

        if (folder.KnowledgeBase.Files.SelectMany(f => f.File.Sources).Any(s => s.Id == id))
        {
            error.WriteLine($"A source with the id '{id}' is already declared; choose another id.");
            return CommandLine.UsageError;
        }

        if (published is not null && !IsDate(published))
        {
            error.WriteLine($"The date '{PrintableText.Escape(published)}' is not yyyy, yyyy-MM or yyyy-MM-dd.");
            return CommandLine.UsageError;
        }

        string factsPath = Path.GetFullPath(facts.FullName);
        string textPath = Path.GetFullPath(text.FullName);
        bool inside = textPath.StartsWith(factsPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        string target = inside ? textPath : Path.Combine(factsPath, "sources", id + ".txt");
        if (!inside)
        {
            if (File.Exists(target))
            {
                error.WriteLine($"'{KnowledgeBaseFolder.Display(target)}' exists already; give another id, or the path of that file.");
                return CommandLine.UsageError;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(textPath, target);
        }

        string content = File.ReadAllText(target);
        string relative = Path.GetRelativePath(factsPath, target).Replace('\\', '/');
        var entry = new StringBuilder();
        entry.Append("\n  - id: ").Append(id).Append('\n');
        entry.Append("    file: ").Append(DoubleQuoted(relative)).Append('\n');
        entry.Append("    title: ").Append(DoubleQuoted(title)).Append('\n');
        if (published is not null)
        {
            entry.Append("    published:\n      date: ").Append(published).Append('\n');
        }

        entry.Append("    sha256: ").Append(SourceDocument.ComputeSha256(content)).Append('\n');
        string sources = Path.Combine(factsPath, SourcesFile);
        if (!File.Exists(sources))
        {
            File.WriteAllText(sources, "sources:\n");
        }

        string existing = File.ReadAllText(sources);
        File.AppendAllText(sources, (existing.EndsWith('\n') || existing.Length == 0 ? string.Empty : "\n") + entry);

        SourceDocument document = SourceDocument.Create(FilePaths.Normalize(target), content);
        output.WriteLine($"Added source '{id}' ({KnowledgeBaseFolder.Display(target)}) to {KnowledgeBaseFolder.Display(sources)}; each of its {document.Sentences.Count.ToString(CultureInfo.InvariantCulture)} sentences must be cited by a fact or listed under its 'not-claims:':");
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture),4}. {PrintableText.Escape(document.Sentences[i])}");
        }

        return 0;
    }

    private static bool IsKebabCase(string id)
        => id.Length is > 0 and <= 80
            && id.Split('-').All(part => part.Length > 0 && part.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')));

    private static bool IsDate(string text)
        => DateTime.TryParseExact(text, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A YAML double-quoted scalar: backslash, quotation mark and every control character escaped.</summary>
    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => quoted.Append("\\\\"),
                '"' => quoted.Append("\\\""),
                _ when PrintableText.IsUnprintable(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
