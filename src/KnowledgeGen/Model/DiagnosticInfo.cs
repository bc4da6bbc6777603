using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Model
{
    /// <summary>A diagnostic waiting to be reported, in a value-equal form that pipeline models can hold.</summary>
    public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
            => new DiagnosticInfo(descriptor, location, new EquatableArray<string>(messageArgs));

        /// <param name="severity">The severity configured for it, if not its descriptor's.</param>
        public Diagnostic ToDiagnostic(DiagnosticSeverity? severity = null)
        {
            object[] args = new object[MessageArgs.Count];
            for (int i = 0; i < args.Length; i++)
            {
                // An argument quotes a fact file or a source text: shown escaped, so that no line break, control
                // character or bidirectional override of theirs reaches a build log or an editor as it is.
                args[i] = PrintableText.Escape(MessageArgs[i]);
            }

            return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, severity ?? Descriptor.DefaultSeverity, null, null, args);
        }
    }
}
