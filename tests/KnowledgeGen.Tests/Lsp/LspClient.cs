using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGen.Tests.Lsp;

/// <summary>
/// An editor's side of the Language Server Protocol, written here from the specification (not the server's
/// library): runs <c>knowledgegen lsp</c> as a process, frames JSON-RPC messages with Content-Length headers on
/// its stdin and stdout, matches responses to requests, and keeps every publishDiagnostics notification.
/// </summary>
public sealed class LspClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<(string Uri, JsonArray Diagnostics)> _published = new();
    private readonly object _gate = new();
    private readonly StringBuilder _errors = new();
    private int _nextId;

    public LspClient(string root)
    {
        Root = root;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.Tool.dll"));
        start.ArgumentList.Add("lsp");
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) => { lock (_gate) { _errors.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
        new Thread(ReadMessages) { IsBackground = true }.Start();
    }

    public string Root { get; }

    public Process Process => _process;

    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public JsonNode? Initialize()
    {
        JsonNode? result = Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = Uri(Root),
            ["capabilities"] = new JsonObject(),
        });
        Notify("initialized", new JsonObject());
        return result;
    }

    public void Open(string path, string text)
        => Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["languageId"] = path.EndsWith(".txt") ? "plaintext" : "yaml", ["version"] = 1, ["text"] = text },
        });

    public void Change(string path, string text, int version)
        => Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    public JsonNode? At(string method, string path, int line, int character, JsonObject? extra = null)
    {
        var parameters = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path) },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        };
        foreach ((string key, JsonNode? value) in extra ?? new JsonObject())
        {
            parameters[key] = value?.DeepClone();
        }

        return Request(method, parameters);
    }

    /// <summary>The diagnostics of the newest publication for the file once one satisfies the condition (waiting for it).</summary>
    public JsonArray WaitForDiagnostics(string path, Func<JsonArray, bool> condition)
    {
        string uri = Uri(path);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Timeout)
        {
            lock (_gate)
            {
                for (int i = _published.Count - 1; i >= 0; i--)
                {
                    if (_published[i].Uri == uri)
                    {
                        if (condition(_published[i].Diagnostics))
                        {
                            return _published[i].Diagnostics;
                        }

                        break;
                    }
                }

                Monitor.Wait(_gate, 200);
            }
        }

        throw new TimeoutException($"No diagnostics for {uri} as expected; published: {Published()}; server said: {_errors}");
    }

    /// <summary>Every publication so far, as "uri: codes".</summary>
    public string Published()
    {
        lock (_gate)
        {
            return string.Join("; ", _published.Select(p => p.Uri + ": " + string.Join(",", p.Diagnostics.Select(d => d!["code"]?.ToString()))));
        }
    }

    public int PublicationCount(string path)
    {
        lock (_gate)
        {
            return _published.Count(p => p.Uri == Uri(path));
        }
    }

    public JsonNode? Request(string method, JsonNode parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        if (!answer.Task.Wait(Timeout))
        {
            throw new TimeoutException($"No answer to {method}; server said: {_errors}");
        }

        return answer.Task.Result;
    }

    public void Notify(string method, JsonNode parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Shuts the server down as an editor does and returns its exit code.</summary>
    public int Shutdown()
    {
        Request("shutdown", new JsonObject());
        Notify("exit", new JsonObject());
        return _process.WaitForExit(30_000) ? _process.ExitCode : -1;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Send(JsonNode message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        lock (_process)
        {
            Stream input = _process.StandardInput.BaseStream;
            input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            input.Write(body);
            input.Flush();
        }
    }

    private void ReadMessages()
    {
        Stream output = _process.StandardOutput.BaseStream;
        while (true)
        {
            int length = -1;
            string? header;
            while ((header = ReadLine(output)) is { Length: > 0 })
            {
                if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (header is null || length < 0)
            {
                return;
            }

            byte[] body = new byte[length];
            output.ReadExactly(body);
            Receive(JsonNode.Parse(body)!);
        }
    }

    private void Receive(JsonNode message)
    {
        if (message["method"] is { } method && message["id"] is { } requestId)
        {
            // A request of the server's (configuration, registration): answered as an editor with nothing to add.
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = null });
        }
        else if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics")
        {
            lock (_gate)
            {
                _published.Add((message["params"]!["uri"]!.GetValue<string>(), message["params"]!["diagnostics"]!.AsArray()));
                Monitor.PulseAll(_gate);
            }
        }
        else if (message["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var answer))
        {
            if (message["error"] is { } error)
            {
                answer.SetException(new InvalidOperationException(error.ToJsonString()));
            }
            else if (!message.AsObject().ContainsKey("result"))
            {
                // JSON-RPC 2.0: a response holds "result" (null included) or "error".
                answer.SetException(new InvalidOperationException("A response without a result: " + message.ToJsonString()));
            }
            else
            {
                answer.SetResult(message["result"]);
            }
        }
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }

        return line.Length > 0 ? line.ToString() : null;
    }
}
