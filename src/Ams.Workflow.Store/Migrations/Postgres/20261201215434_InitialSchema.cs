using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ams.Workflow.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_buffered_messages",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    correlation_key = table.Column<string>(type: "text", nullable: false),
                    variables = table.Column<string>(type: "text", nullable: false),
                    expires_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_buffered_messages", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_definitions",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    process_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    xml = table.Column<string>(type: "text", nullable: false),
                    checksum = table.Column<string>(type: "text", nullable: false),
                    deployed_at = table.Column<long>(type: "bigint", nullable: false),
                    deployed_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_definitions", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    process_instance_id = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<int>(type: "integer", nullable: false),
                    element_id = table.Column<string>(type: "text", nullable: true),
                    element_instance_key = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_incidents",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    process_instance_id = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_incidents", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    definition_key = table.Column<string>(type: "text", nullable: false),
                    process_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    started_at = table.Column<long>(type: "bigint", nullable: false),
                    ended_at = table.Column<long>(type: "bigint", nullable: true),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    has_incident = table.Column<bool>(type: "boolean", nullable: false),
                    state_json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_jobs",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    process_instance_id = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    retry_at = table.Column<long>(type: "bigint", nullable: true),
                    worker = table.Column<string>(type: "text", nullable: true),
                    locked_until = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_jobs", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_message_starts",
                columns: table => new
                {
                    process_id = table.Column<string>(type: "text", nullable: false),
                    message_name = table.Column<string>(type: "text", nullable: false),
                    definition_key = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_message_starts", x => new { x.process_id, x.message_name });
                });

            migrationBuilder.CreateTable(
                name: "wf_outbox",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    topic = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    delivered_at = table.Column<long>(type: "bigint", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<long>(type: "bigint", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    leased_until = table.Column<long>(type: "bigint", nullable: true),
                    dead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_outbox", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_subscriptions",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    process_instance_id = table.Column<string>(type: "text", nullable: false),
                    message_name = table.Column<string>(type: "text", nullable: false),
                    correlation_key = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_subscriptions", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_timers",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    process_instance_id = table.Column<string>(type: "text", nullable: true),
                    definition_key = table.Column<string>(type: "text", nullable: false),
                    due_at = table.Column<long>(type: "bigint", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_timers", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "wf_user_tasks",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    process_instance_id = table.Column<string>(type: "text", nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    element_id = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    assignee = table.Column<string>(type: "text", nullable: true),
                    candidate_groups = table.Column<string>(type: "text", nullable: false),
                    candidate_users = table.Column<string>(type: "text", nullable: false),
                    due_at = table.Column<long>(type: "bigint", nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    completed_by = table.Column<string>(type: "text", nullable: true),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_user_tasks", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_buffered_messages_name_correlation_key",
                table: "wf_buffered_messages",
                columns: new[] { "name", "correlation_key" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_process_id_version",
                table: "wf_definitions",
                columns: new[] { "process_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_history_process_instance_id",
                table: "wf_history",
                column: "process_instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_state_process_instance_id",
                table: "wf_incidents",
                columns: new[] { "state", "process_instance_id" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_business_key",
                table: "wf_instances",
                column: "business_key");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_process_id_version_state",
                table: "wf_instances",
                columns: new[] { "process_id", "version", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_jobs_type_state_created_at",
                table: "wf_jobs",
                columns: new[] { "type", "state", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_outbox_topic_delivered_at_dead_next_attempt_at",
                table: "wf_outbox",
                columns: new[] { "topic", "delivered_at", "dead", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_subscriptions_message_name_correlation_key",
                table: "wf_subscriptions",
                columns: new[] { "message_name", "correlation_key" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_timers_definition_key",
                table: "wf_timers",
                column: "definition_key");

            migrationBuilder.CreateIndex(
                name: "IX_wf_timers_due_at",
                table: "wf_timers",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_business_key",
                table: "wf_user_tasks",
                column: "business_key");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_process_instance_id",
                table: "wf_user_tasks",
                column: "process_instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_state_priority_due_at",
                table: "wf_user_tasks",
                columns: new[] { "state", "priority", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_buffered_messages");

            migrationBuilder.DropTable(
                name: "wf_definitions");

            migrationBuilder.DropTable(
                name: "wf_history");

            migrationBuilder.DropTable(
                name: "wf_incidents");

            migrationBuilder.DropTable(
                name: "wf_instances");

            migrationBuilder.DropTable(
                name: "wf_jobs");

            migrationBuilder.DropTable(
                name: "wf_message_starts");

            migrationBuilder.DropTable(
                name: "wf_outbox");

            migrationBuilder.DropTable(
                name: "wf_subscriptions");

            migrationBuilder.DropTable(
                name: "wf_timers");

            migrationBuilder.DropTable(
                name: "wf_user_tasks");
        }
    }
}
