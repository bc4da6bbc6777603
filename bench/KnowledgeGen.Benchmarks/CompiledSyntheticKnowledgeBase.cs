using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Benchmarks;

/// <summary>A synthetic knowledge base run through the generator and compiled to an assembly image, ready to load.</summary>
public sealed class CompiledSyntheticKnowledgeBase
{
    public const string TypeName = "KnowledgeGen.Generated.KnowledgeBase";

    private CompiledSyntheticKnowledgeBase(byte[] image, IReadOnlyList<(string Path, string Text)> files)
    {
        Image = image;
        Files = files;
    }

    public byte[] Image { get; }

    public IReadOnlyList<(string Path, string Text)> Files { get; }

    public static CompiledSyntheticKnowledgeBase Create(int facts)
    {
        IReadOnlyList<(string Path, string Text)> files = SyntheticKnowledgeBase.Create(facts);
        GeneratorHarness.Driver(GeneratorHarness.Files(files))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out Compilation output, out _);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return new CompiledSyntheticKnowledgeBase(image.ToArray(), files);
    }

    /// <summary>Loads the image into a new collectible context, so that its type initialisers and JIT run afresh.</summary>
    public (AssemblyLoadContext Context, Type KnowledgeBase) Load()
    {
        var context = new AssemblyLoadContext("synthetic-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        Assembly assembly = context.LoadFromStream(new MemoryStream(Image));
        return (context, assembly.GetType(TypeName, throwOnError: true)!);
    }
}
