using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Workflow.Store.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_outbox_delivered_at_next_attempt_at",
                table: "wf_outbox");

            migrationBuilder.AddColumn<bool>(
                name: "dead",
                table: "wf_outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "leased_until",
                table: "wf_outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_outbox_topic_delivered_at_dead_next_attempt_at",
                table: "wf_outbox",
                columns: new[] { "topic", "delivered_at", "dead", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_outbox_topic_delivered_at_dead_next_attempt_at",
                table: "wf_outbox");

            migrationBuilder.DropColumn(
                name: "dead",
                table: "wf_outbox");

            migrationBuilder.DropColumn(
                name: "leased_until",
                table: "wf_outbox");

            migrationBuilder.CreateIndex(
                name: "IX_wf_outbox_delivered_at_next_attempt_at",
                table: "wf_outbox",
                columns: new[] { "delivered_at", "next_attempt_at" });
        }
    }
}
