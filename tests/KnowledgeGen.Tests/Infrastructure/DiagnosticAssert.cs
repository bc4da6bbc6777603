using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

public static class DiagnosticAssert
{
    /// <summary>
    /// Fails with every diagnostic written out in full, one a line; completeness warnings count only where the
    /// test would see them (see <see cref="CompletenessChecks"/>).
    /// </summary>
    public static void None(IEnumerable<Diagnostic> diagnostics)
    {
        string listed = string.Join("\n", CompletenessChecks.Hide(diagnostics).Select(d => d.ToString()));
        Assert.True(listed.Length == 0, "Expected no diagnostics, got:\n" + listed);
    }
}
