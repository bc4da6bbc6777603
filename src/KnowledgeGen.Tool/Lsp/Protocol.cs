using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGen.Tool.Lsp;

// The parts of the Language Server Protocol 3.17 that the server speaks, as the JSON shapes the specification
// gives them (camelCase on the wire, absent members left out).

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End)
{
    public bool Contains(Position position) => Compare(Start, position) <= 0 && Compare(position, End) <= 0;

    public bool Intersects(Range other) => Compare(Start, other.End) <= 0 && Compare(other.Start, End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentContentChangeEvent(string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Range? Range = null);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders);

public sealed record CodeDescription(string Href);

public sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CodeDescription? CodeDescription = null);

public sealed record PublishDiagnosticsParams(string Uri, LspDiagnostic[] Diagnostics, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, WorkspaceEdit Edit, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsPreferred = null);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record Hover(MarkupContent Contents, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Range? Range = null);

public sealed record CompletionItem(
    string Label,
    int Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MarkupContent? Documentation = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FilterText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SortText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TextEdit? TextEdit = null);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>The numbers the protocol gives to kinds and severities.</summary>
public static class ProtocolNumbers
{
    public const int SeverityError = 1;
    public const int SeverityWarning = 2;
    public const int SeverityInformation = 3;
    public const int SeverityHint = 4;

    public const int CompletionField = 5;
    public const int CompletionValue = 12;
    public const int CompletionEnumMember = 20;
    public const int CompletionReference = 18;
    public const int CompletionText = 1;

    /// <summary>The whole document is sent on every change.</summary>
    public const int SyncFull = 1;

    // Absent members are left out by their attributes rather than by the options, which would drop a response's "result": null too.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
