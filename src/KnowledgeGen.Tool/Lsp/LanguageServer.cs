using System.Reflection;
using StreamJsonRpc;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// The language server's methods, as an editor calls them. Each fact file belongs to the knowledge base of the
/// nearest folder above it with a sources.yaml; after any change every file of that knowledge base whose
/// diagnostics changed is published again (so dependants are re-checked, and a fixed file is cleared).
/// </summary>
public sealed class LanguageServer
{
    private const string SourcesFile = "sources.yaml";

    private readonly List<Workspace> _workspaces = new();
    private readonly Dictionary<Workspace, Snapshot> _snapshots = new();
    private readonly Dictionary<string, LspDiagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly HashSet<Workspace> _scheduled = new();
    private readonly TaskCompletionSource _exit = new();
    private JsonRpc? _rpc;
    private string? _root;

    /// <summary>Completes when the editor sends 'exit'.</summary>
    public Task Exited => _exit.Task;

    /// <summary>Serves the protocol on the streams until the editor exits or closes them.</summary>
    public static async Task RunAsync(Stream input, Stream output)
    {
        var server = new LanguageServer();
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolNumbers.Json };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        // One message at a time, in the order sent: a change is applied before the completion that follows it.
        rpc.SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server._rpc = rpc;
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, server.Exited);
    }

    [JsonRpcMethod("initialize")]
    public object Initialize(InitializeParams parameters)
    {
        string? rootUri = parameters.RootUri ?? parameters.WorkspaceFolders?.FirstOrDefault()?.Uri;
        _root = rootUri is not null ? LspConvert.Path(rootUri) : parameters.RootPath;
        return new
        {
            capabilities = new
            {
                textDocumentSync = new { openClose = true, change = ProtocolNumbers.SyncFull, save = new { includeText = false } },
                completionProvider = new { triggerCharacters = new[] { " ", ":", "{", ",", "[", "'", "\"" } },
                hoverProvider = true,
                definitionProvider = true,
                codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
            },
            serverInfo = new { name = "knowledgegen", version = typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion },
        };
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => null;

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpen(DidOpenTextDocumentParams parameters) => Changed(parameters.TextDocument.Uri, parameters.TextDocument.Text);

    [JsonRpcMethod("textDocument/didChange")]
    public Task DidChange(DidChangeTextDocumentParams parameters)
        => parameters.ContentChanges.Length == 0 ? Task.CompletedTask : Changed(parameters.TextDocument.Uri, parameters.ContentChanges[^1].Text);

    [JsonRpcMethod("textDocument/didSave")]
    public Task DidSave(DidCloseTextDocumentParams parameters) => Changed(parameters.TextDocument.Uri, null);

    [JsonRpcMethod("textDocument/didClose")]
    public Task DidClose(DidCloseTextDocumentParams parameters)
    {
        string path = LspConvert.Path(parameters.TextDocument.Uri);
        WorkspaceFor(path).Close(path);
        return Changed(parameters.TextDocument.Uri, null);
    }

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(TextDocumentPositionParams parameters)
        => At(parameters.TextDocument.Uri, (snapshot, path, text) => CompletionProvider.Complete(snapshot, text, parameters.Position)) ?? new CompletionList(false, Array.Empty<CompletionItem>());

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters)
        => At(parameters.TextDocument.Uri, (snapshot, path, text) => HoverProvider.Hover(snapshot, path, text, parameters.Position));

    [JsonRpcMethod("textDocument/definition")]
    public Location? Definition(TextDocumentPositionParams parameters)
        => At(parameters.TextDocument.Uri, (snapshot, path, text) => DefinitionProvider.Definition(snapshot, path, text, parameters.Position));

    [JsonRpcMethod("textDocument/codeAction")]
    public CodeAction[] CodeAction(CodeActionParams parameters)
        => At(parameters.TextDocument.Uri, (snapshot, path, text) => CodeActionProvider.Actions(snapshot, path, text, parameters.Range).ToArray()) ?? Array.Empty<CodeAction>();

    private T? At<T>(string uri, Func<Snapshot, string, string, T?> answer)
    {
        string path = LspConvert.Path(uri);
        Workspace workspace = WorkspaceFor(path);
        if (!_snapshots.TryGetValue(workspace, out Snapshot? snapshot))
        {
            snapshot = _snapshots[workspace] = workspace.Check();
        }

        return workspace.TextOf(path) is { } text ? answer(snapshot, path, text) : default;
    }

    /// <summary>
    /// Takes the new text (null: the file on disk), then checks the knowledge base once the messages already
    /// received have been read, so that a burst of keystrokes is checked once, with its last text.
    /// </summary>
    private async Task Changed(string uri, string? text)
    {
        string path = LspConvert.Path(uri);
        Workspace workspace = WorkspaceFor(path);
        if (text is not null)
        {
            workspace.Open(path, text);
        }

        _snapshots.Remove(workspace);
        if (!_scheduled.Add(workspace))
        {
            return;
        }

        await Task.Yield();
        _scheduled.Remove(workspace);
        Snapshot snapshot = workspace.Check();
        _snapshots[workspace] = snapshot;
        await Publish(workspace, snapshot);
    }

    /// <summary>Publishes every file whose diagnostics changed, and every open file the first time, clean or not.</summary>
    private async Task Publish(Workspace workspace, Snapshot snapshot)
    {
        foreach ((string path, var diagnostics) in snapshot.DiagnosticsByFile().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string uri = LspConvert.Uri(path);
            LspDiagnostic[] now = diagnostics.Select(d => d.Diagnostic).ToArray();
            bool before = _published.TryGetValue(uri, out LspDiagnostic[]? previous);
            if ((before && previous!.SequenceEqual(now)) || (!before && now.Length == 0 && !workspace.IsOpen(path)))
            {
                continue;
            }

            _published[uri] = now;
            await _rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, now));
        }
    }

    private Workspace WorkspaceFor(string path)
    {
        Workspace? held = _workspaces.Where(w => w.Holds(path)).OrderByDescending(w => w.Folder.Length).FirstOrDefault();
        if (held is not null)
        {
            return held;
        }

        string folder = KnowledgeBaseFolderOf(path);
        var workspace = new Workspace(folder, _root ?? folder);
        _workspaces.Add(workspace);
        return workspace;
    }

    /// <summary>The nearest folder above the file with a sources.yaml (within the editor's root), else the file's own folder.</summary>
    private string KnowledgeBaseFolderOf(string path)
    {
        string own = Path.GetDirectoryName(path)!;
        for (string? folder = own; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, SourcesFile)))
            {
                return folder;
            }

            if (_root is not null && string.Equals(Path.GetFullPath(folder), Path.GetFullPath(_root), StringComparison.Ordinal))
            {
                break;
            }
        }

        return own;
    }

}
