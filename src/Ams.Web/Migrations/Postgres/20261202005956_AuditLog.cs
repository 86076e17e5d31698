using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ams_audit_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    SerialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ams_audit_log", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ams_audit_log_At",
                table: "ams_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ams_audit_log_EventType_Sequence",
                table: "ams_audit_log",
                columns: new[] { "EventType", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ams_audit_log_RequestId",
                table: "ams_audit_log",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ams_audit_log_Sequence",
                table: "ams_audit_log",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ams_audit_log_SerialNumber",
                table: "ams_audit_log",
                column: "SerialNumber");

            // Append-only in the database too: the product never changes an entry, and neither may anyone else
            // without first dropping these triggers (which the hash chain would still show).
            migrationBuilder.Sql("""
                CREATE FUNCTION ams_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'ams_audit_log is append-only: % refused', TG_OP;
                END
                $$;
                CREATE TRIGGER ams_audit_log_no_change BEFORE UPDATE OR DELETE ON ams_audit_log
                    FOR EACH ROW EXECUTE FUNCTION ams_audit_log_append_only();
                CREATE TRIGGER ams_audit_log_no_truncate BEFORE TRUNCATE ON ams_audit_log
                    FOR EACH STATEMENT EXECUTE FUNCTION ams_audit_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER ams_audit_log_no_truncate ON ams_audit_log;
                DROP TRIGGER ams_audit_log_no_change ON ams_audit_log;
                DROP FUNCTION ams_audit_log_append_only();
                """);
            migrationBuilder.DropTable(
                name: "ams_audit_log");
        }
    }
}
