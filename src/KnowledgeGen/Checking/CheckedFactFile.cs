using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>A fact file after its checks: its citations resolved to sentences, and all of its diagnostics.</summary>
    public sealed record CheckedFactFile(FactFileSpec File, EquatableArray<DiagnosticInfo> Diagnostics);
}
