using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>A StableHLO process: (replica id, partition id).</summary>
public readonly record struct ProcessId(int Replica, int Partition)
{
    public override string ToString() => $"({Replica}, {Partition})";
}

/// <summary>
/// The StableHLO process grid of one <c>interpreter.run_parallel</c> (or the 1x1 grid of a plain run): process groups
/// per the spec's strategies, a rendezvous where the processes of a group meet for a collective, channels for
/// send/recv, and the infeed/outfeed queues. Each process runs on its own thread; a process that waits longer than
/// <see cref="Timeout"/> for its group, or sees another process fail, stops with an error instead of hanging.
/// </summary>
public sealed class ProcessGrid(int replicas, int partitions)
{
    private readonly object gate = new();
    private readonly Dictionary<string, Dictionary<ProcessId, object[]>> meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> departures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<object[]>> channels = new(StringComparer.Ordinal);
    private string? abortReason;

    public static ProcessGrid Single { get; } = new(1, 1);

    public int Replicas { get; } = replicas;

    public int Partitions { get; } = partitions;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Values for infeed, taken in order by every infeed op of any process.</summary>
    public Queue<object[]> Infeed { get; } = new();

    /// <summary>What outfeed ops sent, in order.</summary>
    public List<object[]> Outfeed { get; } = [];

    public IEnumerable<ProcessId> Processes =>
        Enumerable.Range(0, Replicas).SelectMany(r => Enumerable.Range(0, Partitions).Select(p => new ProcessId(r, p)));

    /// <summary>Wakes every waiting process: they fail with <paramref name="reason"/>.</summary>
    public void Abort(string reason)
    {
        lock (gate)
        {
            abortReason ??= reason;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>The spec's process-group strategies over a list of id groups.</summary>
    public List<List<ProcessId>> CrossReplica(long[][] replicaGroups) =>
        replicaGroups.SelectMany(g => Enumerable.Range(0, Partitions).Select(p => g.Select(r => new ProcessId((int)r, p)).ToList())).ToList();

    public List<List<ProcessId>> CrossPartition(long[][] partitionGroups) =>
        partitionGroups.SelectMany(g => Enumerable.Range(0, Replicas).Select(r => g.Select(p => new ProcessId(r, (int)p)).ToList())).ToList();

    public List<List<ProcessId>> CrossReplicaAndPartition(long[][] replicaGroups) =>
        replicaGroups.Select(g => Enumerable.Range(0, Partitions).SelectMany(p => g.Select(r => new ProcessId((int)r, p))).ToList()).ToList();

    public List<List<ProcessId>> FlattenedIds(long[][] groups) =>
        groups.Select(g => g.Select(id => new ProcessId((int)(id / Partitions), (int)(id % Partitions))).ToList()).ToList();

    /// <summary>
    /// Deposits <paramref name="values"/> for <paramref name="self"/> and waits until every process of
    /// <paramref name="group"/> has deposited for the same meeting; returns their values in group order.
    /// <paramref name="meeting"/> must name the n-th collective of this group the same way in every process.
    /// </summary>
    public object[][] Meet(string meeting, IReadOnlyList<ProcessId> group, ProcessId self, object[] values)
    {
        var deadline = DateTime.UtcNow + Timeout;
        lock (gate)
        {
            if (!meetings.TryGetValue(meeting, out var deposited))
            {
                deposited = [];
                meetings[meeting] = deposited;
            }

            deposited[self] = values;
            Monitor.PulseAll(gate);
            while (deposited.Count < group.Count)
            {
                ThrowIfAborted();
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    var missing = group.Where(p => !deposited.ContainsKey(p));
                    throw new InterpreterException($"collective timed out: processes {string.Join(", ", missing)} of the group never arrived");
                }

                Monitor.Wait(gate, left);
            }

            var result = group.Select(p => deposited[p]).ToArray();
            departures[meeting] = departures.GetValueOrDefault(meeting) + 1;
            if (departures[meeting] == group.Count)
            {
                meetings.Remove(meeting);
                departures.Remove(meeting);
            }

            return result;
        }
    }

    /// <summary>Queues values on a named channel (send/recv channels, collective_permute mailboxes).</summary>
    public void Send(string channel, object[] values)
    {
        lock (gate)
        {
            if (!channels.TryGetValue(channel, out var queue))
            {
                queue = new Queue<object[]>();
                channels[channel] = queue;
            }

            queue.Enqueue(values);
            Monitor.PulseAll(gate);
        }
    }

    public object[] Receive(string channel)
    {
        var deadline = DateTime.UtcNow + Timeout;
        lock (gate)
        {
            while (!channels.TryGetValue(channel, out var queue) || queue.Count == 0)
            {
                ThrowIfAborted();
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new InterpreterException($"recv timed out: nothing was sent on channel {channel}");
                }

                Monitor.Wait(gate, left);
            }

            return channels[channel].Dequeue();
        }
    }

    public object[] TakeInfeed()
    {
        lock (gate)
        {
            return Infeed.Count > 0 ? Infeed.Dequeue() : throw new InterpreterException("infeed is empty");
        }
    }

    public void AddOutfeed(object[] values)
    {
        lock (gate)
        {
            Outfeed.Add(values);
        }
    }

    private void ThrowIfAborted()
    {
        if (abortReason is not null)
        {
            throw new InterpreterException($"stopped: {abortReason}");
        }
    }

    /// <summary>Zeros of a tensor's type (the spec's result for processes outside every group).</summary>
    public static Tensor Zeros(Tensor like) => Tensor.Zeros(like.ElementType, like.Shape);
}
