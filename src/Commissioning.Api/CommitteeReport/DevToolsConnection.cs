using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Commissioning.Api.CommitteeReport;

/// <summary>An event Chromium sent: its method (e.g. <c>Fetch.requestPaused</c>), parameters and target session.</summary>
internal sealed record DevToolsEvent(string Method, JsonElement Parameters, string? SessionId);

/// <summary>
/// A Chrome DevTools Protocol connection over the browser's WebSocket (System.Net.WebSockets, no package): commands
/// are matched to their answers by id, and events are queued in arrival order for one reader.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<DevToolsEvent> _events = Channel.CreateUnbounded<DevToolsEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private int _nextId;

    private DevToolsConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<DevToolsConnection> ConnectAsync(Uri address, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // A printed report is a few MB of base64 in one message; the default 16 KB buffer only slows reading.
        socket.Options.SetBuffer(1 << 16, 1 << 14);
        await socket.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        return new DevToolsConnection(socket);
    }

    public ChannelReader<DevToolsEvent> Events => _events.Reader;

    /// <summary>Sends one command and waits for its result; a protocol error becomes an exception with Chromium's message.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task.ConfigureAwait(false);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser exited or we are closing; whoever still waits is told below.
        }
        var gone = new IOException("Chromium closed the DevTools connection.");
        foreach (var pending in _pending.Values) pending.TrySetException(gone);
        _events.Writer.TryComplete(gone);
    }

    private void Dispatch(JsonElement message)
    {
        var sessionId = message.TryGetProperty("sessionId", out var session) ? session.GetString() : null;
        if (message.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryRemove(idElement.GetInt32(), out var answer)) return;
            if (message.TryGetProperty("error", out var error))
                answer.TrySetException(new DevToolsException(error.TryGetProperty("message", out var text) ? text.GetString() ?? "" : error.ToString()));
            else
                answer.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
            return;
        }
        if (message.TryGetProperty("method", out var method))
            _events.Writer.TryWrite(new DevToolsEvent(method.GetString() ?? "", message.TryGetProperty("params", out var p) ? p : default, sessionId));
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        finally
        {
            _socket.Dispose();
            _closing.Dispose();
            _sendLock.Dispose();
        }
    }
}

/// <summary>Chromium refused a DevTools command.</summary>
internal sealed class DevToolsException(string message) : Exception(message);
