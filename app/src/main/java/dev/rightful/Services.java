package dev.rightful;

import dev.rightful.audit.AuditLog;
import dev.rightful.config.LegalClock;
import dev.rightful.consent.ConsentModule;
import dev.rightful.crypto.DerivedSecrets;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.Fulfilment;
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

/**
 * The services of a running server that its callers outside HTTP reach (tests, embedding code),
 * gathered from the modules {@link App} built. Nothing inside the server reads this: modules hand
 * each other what they use by constructor.
 */
public record Services(
    DataMap dataMap,
    NoticeDocument notice,
    Database database,
    AuditLog audit,
    PiProtection pi,
    Staff staff,
    CompanyDatabases companyDatabases,
    LegalClock legalClock,
    Clock clock,
    DerivedSecrets secrets,
    Messages messages,
    Outbox outbox,
    RequestService requests,
    ConsentModule consent,
    VerificationService verification,
    Fulfilment fulfilment) {}
