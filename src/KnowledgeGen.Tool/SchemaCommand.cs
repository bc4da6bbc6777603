namespace KnowledgeGen.Tool;

/// <summary>Writes the JSON Schema of fact files (docs/schema/fact-file.schema.json, carried inside the tool) where a project's fact files can point at it.</summary>
public static class SchemaCommand
{
    public static int Run(FileInfo target, TextWriter output)
    {
        using Stream schema = typeof(SchemaCommand).Assembly.GetManifestResourceStream("KnowledgeGen.Tool.fact-file.schema.json")!;
        target.Directory?.Create();
        using (FileStream file = File.Create(target.FullName))
        {
            schema.CopyTo(file);
        }

        output.WriteLine($"Wrote {KnowledgeBaseFolder.Display(target.FullName)}; point a fact file at it with '# yaml-language-server: $schema=<path relative to the fact file>'.");
        return 0;
    }
}
