<#import "template.ftl" as layout>
<#import "nhsuk.ftl" as nhsuk>
<#-- Forgotten password: asks whose account, then Keycloak e-mails a link to choose a new one.
     The box starts with the name already tried, but is empty when it was refused as empty. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username') fields={"username": "username"}; section>
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <p class="nhsuk-body" id="instruction">${msg("emailInstruction")}</p>
        <form id="kc-reset-password-form" action="${url.loginAction}" method="post" novalidate>
            <@nhsuk.textInput id="username" field="username" label=nhsuk.usernameLabel() value=messagesPerField.existsError('username')?then('', auth.attemptedUsername!'') autocomplete="username"/>
            <button class="nhsuk-button" id="kc-reset" type="submit">${msg("doSendLink")}</button>
        </form>
        <p class="nhsuk-body"><a id="back-to-sign-in" href="${url.loginUrl}">${msg("backToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
