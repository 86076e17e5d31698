namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Lets one command at a time work on an instance on this node; the others wait their turn. Without it, commands sent
/// to one instance at once (the jobs of a parallel multi-instance finishing together) all load the same revision and
/// all but one lose at commit, to load, run and lose again. Zeebe serialises an instance's commands in its partition
/// for the same reason. Nodes still meet in the store, whose revision check stays the guard between them.
/// </summary>
internal sealed class InstanceQueue
{
    private readonly Dictionary<Guid, Turn> turns = [];

    /// <summary>Waits until no other command of this node works on the instance; disposing the result ends the turn.</summary>
    public async Task<Releaser> EnterAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        Turn turn;
        lock (turns)
        {
            if (!turns.TryGetValue(instanceId, out turn!))
            {
                turn = new Turn();
                turns[instanceId] = turn;
            }

            turn.Holders++;
        }

        try
        {
            await turn.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(instanceId, turn);
            throw;
        }

        return new Releaser(this, instanceId, turn);
    }

    private void Leave(Guid instanceId, Turn turn)
    {
        lock (turns)
        {
            if (--turn.Holders == 0)
            {
                turns.Remove(instanceId);
            }
        }
    }

    /// <summary>The commands of one instance that hold or wait for its turn.</summary>
    internal sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Holders { get; set; }
    }

    public readonly struct Releaser : IDisposable
    {
        private readonly InstanceQueue queue;
        private readonly Guid instanceId;
        private readonly Turn turn;

        internal Releaser(InstanceQueue queue, Guid instanceId, Turn turn)
        {
            this.queue = queue;
            this.instanceId = instanceId;
            this.turn = turn;
        }

        public void Dispose()
        {
            turn.Gate.Release();
            queue.Leave(instanceId, turn);
        }
    }
}
