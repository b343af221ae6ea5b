<#import "template.ftl" as layout>
<#import "nhsuk.ftl" as nhsuk>
<#-- Identity first, second step: the password of the user named on the page before. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password') fields={"password": "password"}; section>
    <#if section = "header">
        ${msg("loginPasswordTitle")}
    <#elseif section = "form">
        <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
            <@nhsuk.textInput id="password" field="password" label=msg("password") type="password" autocomplete="current-password"/>
            <button class="nhsuk-button" id="kc-login" name="login" type="submit">${msg("doLogIn")}</button>
        </form>
        <#if realm.resetPasswordAllowed>
            <p class="nhsuk-body"><a id="forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
