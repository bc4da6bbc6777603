using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

public static class DiagnosticAssert
{
    /// <summary>Fails with every diagnostic written out in full, one a line.</summary>
    public static void None(IEnumerable<Diagnostic> diagnostics)
    {
        string listed = string.Join("\n", diagnostics.Select(d => d.ToString()));
        Assert.True(listed.Length == 0, "Expected no diagnostics, got:\n" + listed);
    }
}
