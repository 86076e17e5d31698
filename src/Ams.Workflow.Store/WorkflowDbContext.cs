using System.Text;
using Ams.Workflow.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>
/// The engine's tables. Names are snake_case (<c>wf_jobs.locked_until</c>) so that the hot-path SQL in
/// <see cref="EfWorkflowStore"/> reads the same on SQLite and PostgreSQL. Times are Unix milliseconds.
/// </summary>
public class WorkflowDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    public WorkflowDbContext(DbContextOptions<WorkflowDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own migrations type (<see cref="PostgresWorkflowDbContext"/>).</summary>
    protected WorkflowDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();

    public DbSet<DecisionResourceRow> DecisionResources => Set<DecisionResourceRow>();

    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();

    public DbSet<MessageStartRow> MessageStarts => Set<MessageStartRow>();

    public DbSet<SignalStartRow> SignalStarts => Set<SignalStartRow>();

    public DbSet<InstanceRow> Instances => Set<InstanceRow>();

    public DbSet<UserTaskRow> UserTasks => Set<UserTaskRow>();

    public DbSet<JobRow> Jobs => Set<JobRow>();

    public DbSet<TimerRow> Timers => Set<TimerRow>();

    public DbSet<SubscriptionRow> Subscriptions => Set<SubscriptionRow>();

    public DbSet<SignalSubscriptionRow> SignalSubscriptions => Set<SignalSubscriptionRow>();

    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();

    public DbSet<HistoryRow> History => Set<HistoryRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<BufferedMessageRow> BufferedMessages => Set<BufferedMessageRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionRow>(e =>
        {
            e.ToTable("wf_definitions").HasKey(d => d.Key);
            e.HasIndex(d => new { d.ProcessId, d.Version }).IsUnique();
        });
        modelBuilder.Entity<DecisionResourceRow>(e =>
        {
            e.ToTable("wf_decision_resources").HasKey(d => d.Key);
            e.HasIndex(d => new { d.DecisionRequirementsId, d.Version }).IsUnique();
        });
        modelBuilder.Entity<DecisionRow>(e =>
        {
            e.ToTable("wf_decisions").HasKey(d => new { d.DecisionId, d.ResourceKey });
            e.HasIndex(d => new { d.DecisionId, d.DeployedAt });
        });
        modelBuilder.Entity<MessageStartRow>(e => e.ToTable("wf_message_starts").HasKey(m => new { m.ProcessId, m.MessageName }));
        modelBuilder.Entity<SignalStartRow>(e =>
        {
            e.ToTable("wf_signal_starts").HasKey(s => new { s.ProcessId, s.SignalName });
            e.HasIndex(s => s.SignalName);
        });
        modelBuilder.Entity<InstanceRow>(e =>
        {
            e.ToTable("wf_instances").HasKey(i => i.Id);
            e.HasIndex(i => new { i.ProcessId, i.Version, i.State });
            e.HasIndex(i => i.BusinessKey);
        });
        modelBuilder.Entity<UserTaskRow>(e =>
        {
            e.ToTable("wf_user_tasks").HasKey(t => t.Key);
            e.HasIndex(t => new { t.State, t.Priority, t.DueAt });
            e.HasIndex(t => t.ProcessInstanceId);
            e.HasIndex(t => t.BusinessKey);
        });
        modelBuilder.Entity<JobRow>(e =>
        {
            e.ToTable("wf_jobs").HasKey(j => j.Key);
            e.HasIndex(j => new { j.Type, j.State, j.CreatedAt });
        });
        modelBuilder.Entity<TimerRow>(e =>
        {
            e.ToTable("wf_timers").HasKey(t => t.Key);
            e.HasIndex(t => t.DueAt);
            e.HasIndex(t => t.DefinitionKey);
        });
        modelBuilder.Entity<SubscriptionRow>(e =>
        {
            e.ToTable("wf_subscriptions").HasKey(s => s.Key);
            e.HasIndex(s => new { s.MessageName, s.CorrelationKey });
        });
        modelBuilder.Entity<SignalSubscriptionRow>(e =>
        {
            e.ToTable("wf_signal_subscriptions").HasKey(s => s.Key);
            e.HasIndex(s => s.SignalName);
        });
        modelBuilder.Entity<IncidentRow>(e =>
        {
            e.ToTable("wf_incidents").HasKey(i => i.Key);
            e.HasIndex(i => new { i.State, i.ProcessInstanceId });
        });
        modelBuilder.Entity<HistoryRow>(e =>
        {
            e.ToTable("wf_history").HasKey(h => h.Id);
            e.HasIndex(h => h.ProcessInstanceId);
        });
        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("wf_outbox").HasKey(o => o.Key);
            e.HasIndex(o => new { o.Topic, o.DeliveredAt, o.Dead, o.NextAttemptAt });
        });
        modelBuilder.Entity<BufferedMessageRow>(e =>
        {
            e.ToTable("wf_buffered_messages").HasKey(m => m.Key);
            e.HasIndex(m => new { m.Name, m.CorrelationKey });
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
