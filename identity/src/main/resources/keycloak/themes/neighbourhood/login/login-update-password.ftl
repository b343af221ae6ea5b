<#import "template.ftl" as layout>
<#import "nhsuk.ftl" as nhsuk>
<#-- Choosing a password: after an invitation (execute-actions e-mail) or a reset link. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm') fields={"password": "password-new", "password-confirm": "password-confirm"}; section>
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" action="${url.loginAction}" method="post" novalidate>
            <@nhsuk.textInput id="password-new" field="password" label=msg("passwordNew") type="password" autocomplete="new-password" hint=msg("passwordHint")/>
            <@nhsuk.textInput id="password-confirm" field="password-confirm" label=msg("passwordConfirm") type="password" autocomplete="new-password"/>
            <div class="nhsuk-form-group">
                <div class="nhsuk-checkboxes__item">
                    <input class="nhsuk-checkboxes__input" id="logout-sessions" name="logout-sessions" type="checkbox" value="on">
                    <label class="nhsuk-label nhsuk-checkboxes__label" for="logout-sessions">${msg("logoutOtherSessions")}</label>
                </div>
            </div>
            <button class="nhsuk-button" id="kc-submit" name="login" type="submit">${msg("doSavePassword")}</button>
            <#if isAppInitiatedAction??>
                <button class="nhsuk-button nhsuk-button--secondary" id="kc-cancel" type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
            </#if>
        </form>
    </#if>
</@layout.registrationLayout>
