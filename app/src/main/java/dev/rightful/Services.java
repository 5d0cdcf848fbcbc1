package dev.rightful;

import dev.rightful.audit.AuditLog;
import dev.rightful.config.LegalClock;
import dev.rightful.consent.ConsentModule;
import dev.rightful.crypto.DerivedSecrets;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Problem;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.notice.NoticeDocument;
import dev.rightful.requests.RequestService;
import dev.rightful.staff.Staff;
import dev.rightful.store.Database;
import dev.rightful.store.PiProtection;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.verify.VerificationService;
import java.time.Clock;
import java.util.List;

/**
 * The long-lived parts of a running Rightful, built once at start-up and handed to each feature's
 * routes by constructor: the validated data map with its lint findings and the notice generated
 * from it, Rightful's database with its audit log and personal-information protection, the
 * company's databases, staff access, the legal clock, the clock, consumer mail (message factory and
 * outbox), the requests lifecycle with identity verification, the per-purpose secrets derived from
 * the encryption keys (for signing form tokens and links), the consent capability, and fulfilment
 * with its persistent jobs.
 */
public record Services(
    DataMap dataMap,
    NoticeDocument notice,
    List<Problem> findings,
    Database database,
    AuditLog audit,
    PiProtection pi,
    Staff staff,
    CompanyDatabases companyDatabases,
    LegalClock legalClock,
    Clock clock,
    boolean devMode,
    String publicUrl,
    Messages messages,
    Outbox outbox,
    RequestService requests,
    DerivedSecrets secrets,
    ConsentModule consent,
    VerificationService verification,
    Fulfilment fulfilment,
    RecordKeeping recordKeeping) {}
