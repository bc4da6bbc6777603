using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Generated code compiled, loaded into a collectible context and read back through reflection, so that a
/// test can compare what the program sees with what the fact files said.
/// </summary>
public sealed class CompiledKnowledgeBase : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Type _knowledgeBase;

    private CompiledKnowledgeBase(AssemblyLoadContext context, Type knowledgeBase)
    {
        _context = context;
        _knowledgeBase = knowledgeBase;
    }

    /// <summary>The compiled assembly, consumer code included.</summary>
    public Assembly Assembly => _knowledgeBase.Assembly;

    /// <summary>Compiles the sources, failing on any diagnostic that is not hidden, and loads the result.</summary>
    public static CompiledKnowledgeBase Load(IEnumerable<string> generatedSources, string knowledgeBaseType)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(generatedSources.Select((text, i) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: "Generated" + i + ".cs")));
        return Load(compilation, knowledgeBaseType);
    }

    public static CompiledKnowledgeBase Load(Compilation compilation, string knowledgeBaseType)
    {
        DiagnosticAssert.None(compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        DiagnosticAssert.None(emitted.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden));
        image.Position = 0;
        var context = new AssemblyLoadContext("knowledge-base-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        Assembly assembly = context.LoadFromStream(image);
        return new CompiledKnowledgeBase(context, assembly.GetType(knowledgeBaseType, throwOnError: true)!);
    }

    public object Fact(string id) => Call("FindFact", id) ?? throw new KeyNotFoundException("no fact " + id);

    public object Entity(string id) => Call("FindEntity", id) ?? throw new KeyNotFoundException("no entity " + id);

    public object Source(string id) => Call("FindSource", id) ?? throw new KeyNotFoundException("no source " + id);

    /// <summary>A property's value; where a typed fact's property hides its base's (Value), the typed one.</summary>
    public static object? Get(object target, string property)
        => (target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            ?? target.GetType().GetProperty(property))!.GetValue(target);

    public static object First(object list) => ((IEnumerable)list).Cast<object>().First();

    public void Dispose() => _context.Unload();

    /// <summary>One of the generated Find methods (FindFact and so on), with any argument, null included.</summary>
    public object? Call(string method, string? argument) => _knowledgeBase.GetMethod(method, [typeof(string)])!.Invoke(null, [argument]);
}
