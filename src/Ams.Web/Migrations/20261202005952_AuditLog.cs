using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Web.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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

            // Append-only in the file too: the product never changes an entry, and neither may anyone else without
            // first dropping these triggers (which the hash chain would still show).
            migrationBuilder.Sql("CREATE TRIGGER ams_audit_log_no_update BEFORE UPDATE ON ams_audit_log BEGIN SELECT RAISE(ABORT, 'ams_audit_log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ams_audit_log_no_delete BEFORE DELETE ON ams_audit_log BEGIN SELECT RAISE(ABORT, 'ams_audit_log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ams_audit_log_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER ams_audit_log_no_update;");
            migrationBuilder.DropTable(
                name: "ams_audit_log");
        }
    }
}
